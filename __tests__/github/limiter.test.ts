import { describe, expect, it, vi } from 'vitest';
import { Limiter, LimiterGroup } from '../../src/github/limiter.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('Limiter (what plugin-throttling needs of Bottleneck)', () => {
  it('runs jobs with their arguments, with or without job options', async () => {
    const limiter = new Limiter();
    await expect(limiter.schedule((a: number, b: number) => a + b, 1, 2)).resolves.toBe(3);
    await expect(limiter.schedule({ weight: 0 }, async (a: string) => a, 'x')).resolves.toBe('x');
  });

  it('keeps at most maxConcurrent jobs running, in order; weight 0 jobs are not counted', async () => {
    const limiter = new Limiter({ maxConcurrent: 2 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = async (i: number) => {
      running += 1;
      most = Math.max(most, running);
      await tick(5);
      order.push(i);
      running -= 1;
    };
    await Promise.all([1, 2, 3, 4, 5].map((i) => limiter.schedule(job, i)));
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);

    const blocked = new Limiter({ maxConcurrent: 1 });
    let release: () => void = () => {};
    const first = blocked.schedule(() => new Promise<void>((r) => (release = r)));
    await expect(blocked.schedule({ weight: 0 }, () => 'past the limit')).resolves.toBe('past the limit');
    release();
    await first;
  });

  it("fails a job with its own error when a failed listener throws (it never replaces the job's error)", async () => {
    const limiter = new Limiter();
    limiter.on('failed', (error) => (error as { response: { headers: object } }).response.headers);
    const refused = Object.assign(new Error('socket hang up'), { status: 500 });
    await expect(
      limiter.schedule(() => {
        throw refused;
      }),
    ).rejects.toBe(refused);
  });

  it('spaces job starts by minTime', async () => {
    // On a fake clock: the gaps are the limiter's decision, not the machine's load.
    vi.useFakeTimers();
    try {
      const limiter = new Limiter({ minTime: 40 });
      const starts: number[] = [];
      const all = Promise.all([0, 1, 2].map(() => limiter.schedule(() => starts.push(Date.now()))));
      await vi.advanceTimersByTimeAsync(39);
      expect(starts).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(200);
      await all;
      expect((starts[1] as number) - (starts[0] as number)).toBeGreaterThanOrEqual(40);
      expect((starts[2] as number) - (starts[1] as number)).toBeGreaterThanOrEqual(40);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries when a failed listener answers a delay, and rejects with the error otherwise', async () => {
    const limiter = new Limiter();
    const seen: number[] = [];
    limiter.on('failed', async (_error, info) => {
      seen.push(info.retryCount);
      expect(info.args).toEqual(['a']);
      return info.retryCount < 2 ? 1 : undefined;
    });
    const fn = vi.fn(async (_arg: string) => {
      throw new Error('boom');
    });
    await expect(limiter.schedule(fn, 'a')).rejects.toThrow('boom');
    expect(fn).toHaveBeenCalledTimes(3);
    expect(seen).toEqual([0, 1, 2]);

    const once = new Limiter().on('failed', () => 0);
    let calls = 0;
    await expect(
      once.schedule(async () => {
        calls += 1;
        if (calls < 2) throw new Error('once');
        return 'ok';
      }),
    ).resolves.toBe('ok');
  });

  it('gives one limiter per group key', () => {
    const group = new LimiterGroup({ maxConcurrent: 1 });
    expect(group.key('a')).toBe(group.key('a'));
    expect(group.key('a')).not.toBe(group.key('b'));
  });
});

describe('the client schedules through these limiters', () => {
  it('sends each request through the retry limiter and a group', async () => {
    const schedule = vi.spyOn(Limiter.prototype, 'schedule');
    const { createGitHubClient } = await import('../../src/github/client.ts');
    const { startEmulator, DEFAULT_TOKEN } = await import('../../emulator/index.ts');
    const emulator = await startEmulator({ scenario: 'demo' });
    try {
      const github = createGitHubClient({
        token: DEFAULT_TOKEN,
        apiUrl: emulator.url,
        log: { debug() {}, warning() {} },
      });
      await github.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' });
      // The plugin's retry limiter, then its global group.
      expect(schedule).toHaveBeenCalledTimes(2);
    } finally {
      schedule.mockRestore();
      await emulator.close();
    }
  });
});
