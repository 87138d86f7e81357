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
