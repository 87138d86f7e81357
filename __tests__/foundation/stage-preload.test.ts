import { channel } from 'node:diagnostics_channel';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_SENT, transportFetch } from '../../src/github/transport.ts';
import { preloadStagesOnceSent, stages } from '../../src/stages.ts';

// The client's transport publishes here when a request has been written to its socket.
const sent = channel(REQUEST_SENT);

function spyOnStages() {
  const loaded = Promise.resolve({} as never);
  return Object.fromEntries(
    (Object.keys(stages) as (keyof typeof stages)[]).map((name) => [
      name,
      vi.spyOn(stages, name).mockReturnValue(loaded),
    ]),
  ) as Record<keyof typeof stages, ReturnType<typeof vi.spyOn>>;
}

describe('preloading the stages once the first requests are written', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads nothing while a request waits to be written, then the stages the run uses, once', () => {
    const spies = spyOnStages();
    const start = preloadStagesOnceSent('auto', 'discussion_comment', false);
    expect(Object.values(spies).every((spy) => spy.mock.calls.length === 0)).toBe(true);

    // The config read is written while the comment run's three GraphQL reads still wait for their sockets.
    sent.publish({ url: 'config', unsent: 3 });
    sent.publish({ url: 'viewer', unsent: 2 });
    sent.publish({ url: 'discussion', unsent: 1 });
    expect(spies.commands).not.toHaveBeenCalled();
    sent.publish({ url: 'comments', unsent: 0 });
    expect(spies.commands).toHaveBeenCalledTimes(1);
    expect(spies.meeting).toHaveBeenCalledTimes(1);
    expect(spies.open).not.toHaveBeenCalled();

    // A later request, and the run's own call once its configuration is read, load nothing again.
    sent.publish({ url: 'later', unsent: 0 });
    start();
    expect(spies.commands).toHaveBeenCalledTimes(1);
    expect(sent.hasSubscribers).toBe(false);
  });

  it('loads them when the run asks, if no request was sent first', () => {
    const spies = spyOnStages();
    const start = preloadStagesOnceSent('open', 'workflow_dispatch', true);
    start();
    expect(spies.open).toHaveBeenCalledTimes(1);
    expect(spies.results).toHaveBeenCalledTimes(1);
    expect(spies.commands).not.toHaveBeenCalled();
    sent.publish({ url: 'later', unsent: 0 });
    expect(spies.open).toHaveBeenCalledTimes(1);
  });

  it('is told by the client transport how many requests wait to be written', async () => {
    // Answers are held until both requests have arrived, so both are in flight together.
    const held: (() => void)[] = [];
    const server = createServer((_, res) => {
      held.push(() => res.end('ok'));
      if (held.length === 2) for (const answer of held) answer();
    });
    const messages: unknown[] = [];
    const listen = (message: unknown) => messages.push(message);
    sent.subscribe(listen);
    try {
      server.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/`;
      // A request that is never written (aborted before it could be) leaves the count unannounced: the two
      // below would otherwise report 2 and 1.
      const aborted = new AbortController();
      aborted.abort();
      await expect(transportFetch(`${url}never`, { signal: aborted.signal })).rejects.toThrow();
      const answers = await Promise.all([transportFetch(`${url}a`), transportFetch(`${url}b`)]);
      expect(await Promise.all(answers.map((a) => a.text()))).toEqual(['ok', 'ok']);
      expect(messages.map((m) => (m as { unsent: number }).unsent)).toEqual([1, 0]);
    } finally {
      sent.unsubscribe(listen);
      server.close();
    }
  });

  it('is told by the client transport when a request is sent', async () => {
    const server = createServer((_, res) => res.end('ok')).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const spies = spyOnStages();
    try {
      preloadStagesOnceSent('preview', 'workflow_dispatch', false);
      const { port } = server.address() as AddressInfo;
      const response = await transportFetch(`http://127.0.0.1:${port}/`);
      expect(await response.text()).toBe('ok');
      expect(spies.open).toHaveBeenCalledTimes(1);
    } finally {
      server.close();
    }
  });
});
