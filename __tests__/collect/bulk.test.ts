/** The collectors' shared fan-out: one client's bulk reads together stay within its slots, and stop on a failure. */
import { describe, expect, it } from 'vitest';
import { BULK_IN_FLIGHT, mapBulk } from '../../src/collect/util.ts';

/** A task that runs until the test lets it finish, counting how many run at once. */
function gate() {
  let running = 0;
  let most = 0;
  const waiting: (() => void)[] = [];
  const started: string[] = [];
  const task = async (name: string) => {
    started.push(name);
    running += 1;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running -= 1;
    return name;
  };
  const releaseAll = async () => {
    // Each release lets a queued task start and wait in turn; go on until none is left.
    while (waiting.length > 0) {
      for (const resolve of waiting.splice(0)) resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { task, releaseAll, started, most: () => most };
}

describe('mapBulk', () => {
  it('keeps two fan-outs of one client within its 6 slots together, results in order', async () => {
    const client = {};
    const g = gate();
    const a = mapBulk(client, ['a1', 'a2', 'a3', 'a4', 'a5'], g.task);
    const b = mapBulk(client, ['b1', 'b2', 'b3', 'b4', 'b5'], g.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(g.started).toHaveLength(BULK_IN_FLIGHT);
    await g.releaseAll();
    expect(await a).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(await b).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(g.most()).toBe(BULK_IN_FLIGHT);
    // Another client has slots of its own.
    const other = gate();
    const c = mapBulk({}, ['c1', 'c2'], other.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(other.started).toEqual(['c1', 'c2']);
    await other.releaseAll();
    await c;
  });

  it('starts nothing more once an item has failed, and rejects with that failure', async () => {
    const g = gate();
    const items = Array.from({ length: 10 }, (_, i) => `i${i}`);
    const run = mapBulk({}, items, (item) =>
      item === 'i0' ? Promise.reject(new Error('i0 failed')) : g.task(item),
    );
    await expect(run).rejects.toThrow('i0 failed');
    await g.releaseAll();
    // i1–i5 had started beside i0; i6–i9 never start.
    expect(g.started).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });
});
