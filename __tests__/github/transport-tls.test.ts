/**
 * The client's transport over TLS, as it speaks to github.com (the emulator speaks plain HTTP, and nock answers
 * before any socket). The server's certificate is a self-signed one for localhost and 127.0.0.1
 * (fixtures/tls, made with `openssl req -x509 -newkey ec … -days 36500`), trusted here by adding it to the
 * process's default certificates (`tls.setDefaultCACertificates`, Node 24.5 and later), as NODE_EXTRA_CA_CERTS
 * adds a corporate proxy's certificate on a self-hosted runner. (The global agent's `ca` would not do: nock,
 * active in every unit test, replays a loopback request without the agent's options.)
 */
import { channel } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { createServer, globalAgent, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.ts';
import {
  REQUEST_SENT,
  type RequestSent,
  requestsWritten,
  transportFetch,
} from '../../src/github/transport.ts';

const dir = join(import.meta.dirname, 'fixtures/tls');
const cert = readFileSync(join(dir, 'localhost-cert.pem'));
const key = readFileSync(join(dir, 'localhost-key.pem'));

// Node 24.5 and later (the project's @types/node describes Node 20); the runners' Node 24 has them, and npm test
// runs the Node 24 the project installs.
const certificates = tls as typeof tls & {
  getCACertificates?: (which: 'default') => string[];
  setDefaultCACertificates?: (certs: string[]) => void;
};
const canTrust = typeof certificates.setDefaultCACertificates === 'function';
const defaults = canTrust ? (certificates.getCACertificates?.('default') ?? []) : [];
const trust = (extra: Buffer[]) =>
  certificates.setDefaultCACertificates?.([...defaults, ...extra.map(String)]);

let server: Server;
let origin: string;

beforeAll(async () => {
  if (!canTrust) return;
  server = createServer({ cert, key }, (req, res) => {
    const body = gzipSync(
      JSON.stringify({ path: req.url, authorization: req.headers.authorization ?? null }),
    );
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(body);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `https://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  if (!canTrust) return;
  trust([]);
  globalAgent.destroy();
  server.close();
});

describe.skipIf(!canTrust)('the client transport over TLS', () => {
  it('refuses a server whose certificate it does not trust, as fetch fails', async () => {
    trust([]);
    const failure = await transportFetch(`${origin}/untrusted`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect(String((failure as { cause?: { code?: string } }).cause?.code)).toMatch(/CERT|SELF_SIGNED/);
  });

  it('reads a compressed answer from a trusted server, and counts the request written after the handshake', async () => {
    trust([cert]);
    const written: unknown[] = [];
    const listen = (message: unknown) => written.push(message);
    const sent = channel(REQUEST_SENT);
    sent.subscribe(listen);
    try {
      const answer = transportFetch(`${origin}/a`);
      await requestsWritten();
      expect(written.map((m) => (m as RequestSent).unsent)).toEqual([0]);
      const response = await answer;
      expect(response.status).toBe(200);
      expect(JSON.parse(await response.text())).toEqual({ path: '/a', authorization: null });
    } finally {
      sent.unsubscribe(listen);
    }
  });

  it('carries the client’s requests end to end, token included', async () => {
    trust([cert]);
    const log = { info: () => {}, warning: () => {}, debug: () => {} };
    const github = createGitHubClient({ token: 'ghs_tls', apiUrl: origin, retryBaseDelayMs: 0, log });
    const { data } = await github.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' });
    expect(data).toEqual({ path: '/repos/acme/shop', authorization: 'token ghs_tls' });
  });
});
