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

describe('preloading the stages once the first request is sent', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads nothing before a request is sent, then the stages the run uses, once', () => {
    const spies = spyOnStages();
    const start = preloadStagesOnceSent('auto', 'discussion_comment', false);
    expect(Object.values(spies).every((spy) => spy.mock.calls.length === 0)).toBe(true);

    sent.publish({ request: {}, headers: '' });
    expect(spies.commands).toHaveBeenCalledTimes(1);
    expect(spies.meeting).toHaveBeenCalledTimes(1);
    expect(spies.open).not.toHaveBeenCalled();

    // A second request, and the run's own call once its configuration is read, load nothing again.
    sent.publish({ request: {}, headers: '' });
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
    sent.publish({ request: {}, headers: '' });
    expect(spies.open).toHaveBeenCalledTimes(1);
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
