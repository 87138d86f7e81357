import { describe, expect, it, vi } from 'vitest';
import { WriteGateway } from '../../src/github/writes.ts';

describe('WriteGateway', () => {
  it('in dry-run records the intent, prints it and sends nothing', async () => {
    const lines: string[] = [];
    const writes = new WriteGateway({ dryRun: true, intervalMs: 0, log: { info: (m) => lines.push(m) } });
    let sent = false;
    const result = await writes.write(
      { action: 'create issue', target: 'acme/shop', summary: '"Fix CI"', body: 'full body' },
      async () => {
        sent = true;
        return 1;
      },
      0,
    );
    expect(sent).toBe(false);
    expect(result).toBe(0);
    expect(writes.intents).toEqual([
      { action: 'create issue', target: 'acme/shop', summary: '"Fix CI"', body: 'full body' },
    ]);
    expect(lines).toEqual(['[dry-run] would create issue on acme/shop: "Fix CI"', 'full body']);
  });

  it('sends writes one at a time, at least the interval apart', async () => {
    // On a fake clock: the gaps are the gateway's decision, not the machine's load.
    vi.useFakeTimers();
    try {
      const writes = new WriteGateway({ dryRun: false, intervalMs: 50, log: { info() {} } });
      const times: number[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      const send = async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        times.push(Date.now());
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      };
      const intent = { action: 'a', target: 't', summary: 's' };
      const all = Promise.all([1, 2, 3].map(() => writes.write(intent, send, undefined)));
      await vi.advanceTimersByTimeAsync(500);
      await all;
      expect(maxInFlight).toBe(1);
      const [first = 0, second = 0, third = 0] = times;
      expect(second - first).toBeGreaterThanOrEqual(50);
      expect(third - second).toBeGreaterThanOrEqual(50);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed write fails its caller only', async () => {
    const writes = new WriteGateway({ dryRun: false, intervalMs: 0, log: { info() {} } });
    const intent = { action: 'a', target: 't', summary: 's' };
    const failing = writes.write(intent, () => Promise.reject(new Error('boom')), undefined);
    const next = writes.write(intent, async () => 'ok', '');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
