/**
 * Behind a proxy (a self-hosted runner's `https_proxy`): the client's transport sends through Node's global
 * agents, and Node 24.5 and later route those through HTTP_PROXY / HTTPS_PROXY when NODE_USE_ENV_PROXY=1
 * (nodejs.org/api/http.html, "Built-in Proxy Support"). dist/index.js runs as a runner runs it, with a
 * forwarding proxy in front of the emulator that counts what passes through it.
 */
import { spawnSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { RUNNER_NODE, runAction } from './run-action.ts';

const [major = 0, minor = 0] = spawnSync(RUNNER_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  .stdout.trim()
  .split('.')
  .map(Number);
const nodeProxiesRequests = major > 24 || (major === 24 && minor >= 5);

/** An HTTP proxy: requests arrive with an absolute URL and are forwarded to the emulator. */
function forwardingProxy(emulatorUrl: string, seen: string[]): Server {
  const target = new URL(emulatorUrl);
  return createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', emulatorUrl);
    seen.push(`${incoming.method} ${url.pathname}`);
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${url.pathname}${url.search}`,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
}

let emu: Emulator;
let proxy: Server;
const proxied: string[] = [];
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  proxied.length = 0;
  proxy = forwardingProxy(emu.url, proxied).listen(0, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
});
afterEach(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await emu.close();
});

const proxyUrl = () => `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

describe.runIf(nodeProxiesRequests)('a run behind a proxy', () => {
  it('sends every request through HTTP_PROXY when NODE_USE_ENV_PROXY=1, and opens the retrospective', async () => {
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'schedule',
      now: DEMO_NOW,
      env: { NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxyUrl() },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(emu.state.discussions.some((d) => d.title.includes('v1.4.0'))).toBe(true);
    expect(emu.requests.length).toBeGreaterThan(10);
    expect(proxied).toHaveLength(emu.requests.length);
  });

  it('goes straight to GitHub without NODE_USE_ENV_PROXY, as Node does', async () => {
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'schedule',
      now: DEMO_NOW,
      env: { HTTP_PROXY: proxyUrl() },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(emu.requests.length).toBeGreaterThan(10);
    expect(proxied).toEqual([]);
  });
});
