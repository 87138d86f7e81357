/**
 * Behind a proxy (a self-hosted runner's `https_proxy`): the client's transport sends through Node's global
 * agents, and Node 24.5 and later route those through HTTP_PROXY / HTTPS_PROXY when NODE_USE_ENV_PROXY=1
 * (nodejs.org/api/http.html, "Built-in Proxy Support"). dist/index.js runs as a runner runs it, with a
 * forwarding proxy in front of the emulator that counts what passes through it. For an https:// API, as
 * github.com's, the proxy only tunnels (CONNECT): the emulator sits behind a TLS front whose certificate the run
 * trusts through NODE_EXTRA_CA_CERTS, as a self-hosted runner trusts its organisation's certificates.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { RUNNER_NODE, runAction } from './run-action.ts';

const [major = 0, minor = 0] = spawnSync(RUNNER_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  .stdout.trim()
  .split('.')
  .map(Number);
const nodeProxiesRequests = major > 24 || (major === 24 && minor >= 5);

/** Passes a request on to the emulator and its answer back, counting it in `seen`. */
function forwardTo(emulatorUrl: string, seen: string[]) {
  const target = new URL(emulatorUrl);
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
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
  };
}

/** An HTTP proxy: requests arrive with an absolute URL and are forwarded to the emulator. */
function forwardingProxy(emulatorUrl: string, seen: string[]): Server {
  return createServer(forwardTo(emulatorUrl, seen));
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

const tlsFixtures = join(import.meta.dirname, '../github/fixtures/tls');

/**
 * A proxy that only tunnels (CONNECT host:port, then bytes both ways), as proxies in front of github.com do
 * for HTTPS; it records each tunnel asked for and opens only those to `allowed`.
 */
function tunnellingProxy(allowed: string, port: () => number, tunnels: string[]): Server {
  const proxy = createServer((_, res) => res.writeHead(405).end());
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    if (req.url !== allowed) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port(), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return proxy;
}

describe.runIf(nodeProxiesRequests)('a run behind a proxy, against an https:// API', () => {
  const served: string[] = [];
  const tunnels: string[] = [];
  let front: Server;
  let tunnel: Server;
  const frontPort = () => (front.address() as AddressInfo).port;
  const listen = async (server: Server) => {
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  };
  beforeEach(async () => {
    served.length = 0;
    tunnels.length = 0;
    front = createTlsServer(
      {
        cert: readFileSync(join(tlsFixtures, 'localhost-cert.pem')),
        key: readFileSync(join(tlsFixtures, 'localhost-key.pem')),
      },
      forwardTo(emu.url, served),
    );
    await listen(front);
    // GitHub's answers name https://api.github.com, whatever address reached it: here, the front.
    emu.servedAt(`https://localhost:${frontPort()}`);
    tunnel = tunnellingProxy(`localhost:${frontPort()}`, frontPort, tunnels);
    await listen(tunnel);
  });
  afterEach(async () => {
    tunnel.closeAllConnections();
    front.closeAllConnections();
    await new Promise((resolve) => tunnel.close(resolve));
    await new Promise((resolve) => front.close(resolve));
  });
  const run = (env: Record<string, string>) =>
    runAction({
      apiUrl: `https://localhost:${frontPort()}`,
      eventName: 'schedule',
      now: DEMO_NOW,
      env: {
        NODE_USE_ENV_PROXY: '1',
        HTTPS_PROXY: `http://127.0.0.1:${(tunnel.address() as AddressInfo).port}`,
        ...env,
      },
    });

  it('tunnels every request through HTTPS_PROXY with CONNECT, over TLS, and opens the retrospective', async () => {
    const result = await run({ NODE_EXTRA_CA_CERTS: join(tlsFixtures, 'localhost-cert.pem') });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(emu.state.discussions.some((d) => d.title.includes('v1.4.0'))).toBe(true);
    expect(emu.requests.length).toBeGreaterThan(10);
    // Everything the emulator served came through the TLS front, and the front was reached only by tunnel.
    expect(served).toHaveLength(emu.requests.length);
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([`localhost:${frontPort()}`]));
  });

  it("follows GitHub's Link headers through the same tunnel: a second page of releases", async () => {
    // 100 releases of a year before: the listing's newest 100 fill its first page, and v1.3.0 is on the second.
    const template = emu.state.releases[0];
    if (!template) throw new Error('The demo scenario has releases');
    for (let n = 1; n <= 100; n += 1) {
      const id = emu.state.nextId();
      emu.state.releases.push({
        ...template,
        id,
        nodeId: emu.state.nodeId('release', id),
        tagName: `v0.0.${n}`,
        name: `v0.0.${n}`,
        createdAt: new Date(Date.parse('2025-01-01T00:00:00Z') + n * 3_600_000).toISOString(),
        publishedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + n * 3_600_000).toISOString(),
      });
    }
    const result = await run({ NODE_EXTRA_CA_CERTS: join(tlsFixtures, 'localhost-cert.pem') });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(emu.state.discussions.some((d) => d.title.includes('v1.4.0'))).toBe(true);
    const pages = emu.requests.filter((r) => r.path.startsWith('/repos/acme/shop/releases?'));
    expect(pages.map((r) => r.path)).toEqual([
      '/repos/acme/shop/releases?per_page=100',
      '/repos/acme/shop/releases?per_page=100&page=2',
    ]);
    expect(served).toHaveLength(emu.requests.length);
    expect(new Set(tunnels)).toEqual(new Set([`localhost:${frontPort()}`]));
  });

  it('fails at once when the certificate is not trusted, says how to trust it, and sends nothing', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(served).toEqual([]);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    const shown = (result.stdout + result.stderr).replace(/^::add-mask::.*$/gm, '');
    expect(shown).not.toContain('ghs_');
    // Said once, not retried, with what to set.
    expect(errors[0]).toContain(`The TLS certificate of localhost:${frontPort()} was not trusted`);
    expect(errors[0]).toContain('NODE_EXTRA_CA_CERTS');
    expect(result.stdout).not.toMatch(/tried \d times/);
  });
});
