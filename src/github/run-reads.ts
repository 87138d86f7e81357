/**
 * Reads shared within one run. Several stages of a run need the same facts (the repository's default branch,
 * the discussion setup, the release list, the deployments listing, the action's own login); each is read
 * once per client and the answer handed to every stage that asks. The client is built once per run (run.ts),
 * so the memo lives exactly as long as the run. Only facts the run itself never changes are shared this way;
 * a failed read is forgotten, so a later stage may try again.
 */
import type { GitHub } from './client.ts';

const memos = new WeakMap<GitHub, Map<string, unknown>>();

function memoOf(github: GitHub): Map<string, unknown> {
  let memo = memos.get(github);
  if (!memo) {
    memo = new Map();
    memos.set(github, memo);
  }
  return memo;
}

/** The value stored under `key` for this client, created by `create` on first use. */
export function shared<T>(github: GitHub, key: string, create: () => T): T {
  const memo = memoOf(github);
  if (memo.has(key)) return memo.get(key) as T;
  const value = create();
  memo.set(key, value);
  if (value instanceof Promise) {
    value.catch(() => {
      if (memo.get(key) === value) memo.delete(key);
    });
  }
  return value;
}

/** Records a read's answer learnt as part of another read (e.g. the viewer's login folded into a query). */
export function prime<T>(github: GitHub, key: string, value: Promise<T>): void {
  const memo = memoOf(github);
  if (!memo.has(key)) shared(github, key, () => value);
}

const earlyReads = new WeakMap<GitHub, Map<string, Promise<unknown>>>();

/**
 * Starts a read before the stage that needs it knows it will (src/early-reads.ts). Unlike `shared`, what it
 * reads may change during the run (a discussion, its comments), so it serves one caller, the stage's first read
 * of the same thing, and is then forgotten: every later read asks GitHub again.
 */
export function startEarly<T>(github: GitHub, key: string, read: () => Promise<T>): void {
  let reads = earlyReads.get(github);
  if (!reads) {
    reads = new Map();
    earlyReads.set(github, reads);
  }
  const value = read();
  value.catch(() => undefined); // its failure is the taker's, as if it had read then
  reads.set(key, value);
}

/** The early read of `key`, once; undefined when none was started or it was taken already. */
export function takeEarly<T>(github: GitHub, key: string): Promise<T> | undefined {
  const reads = earlyReads.get(github);
  const value = reads?.get(key);
  reads?.delete(key);
  return value as Promise<T> | undefined;
}
