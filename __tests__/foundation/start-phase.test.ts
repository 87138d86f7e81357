/**
 * A run's first requests leave before the rest of the action is loaded (src/index.ts, src/start.ts): the entry
 * chunk holds only what those requests need, and the rest is imported once they have been written.
 */
import { channel } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REQUEST_SENT,
  type RequestSent,
  requestsWritten,
  transportFetch,
} from '../../src/github/transport.ts';

const sent = channel(REQUEST_SENT);

/** The bundled modules (esbuild's `// path` comments) that load before the entry's first line runs. */
function staticallyLoaded(entry: string): Set<string> {
  const modules = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\/\/ (\S+)$/gm)) modules.add(m[1] as string);
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/^(?:import\s[^;]*?from\s*|import\s*)"(\.[^"]+)";$/gm))
      visit(join(file, '..', m[1] as string));
  };
  visit(entry);
  return modules;
}

describe("the action's start", () => {
  it('loads the client, the inputs it reads and the early reads before anything else, and not the rest', () => {
    const loaded = staticallyLoaded('dist/index.js');
    for (const module of ['src/start.ts', 'src/github/transport.ts', 'src/early-reads.ts'])
      expect(loaded).toContain(module);
    const rest = [...loaded].filter(
      (m) =>
        m.startsWith('node_modules/yaml/') ||
        m.startsWith('node_modules/markdown-it/') ||
        m.startsWith('node_modules/ejs/') ||
        // The inputs' schema and the release order load with the rest (src/config/start-inputs.ts,
        // src/collect/release-list.ts), and node:zlib with the first compressed answer.
        m.startsWith('node_modules/zod/') ||
        m.startsWith('node_modules/semver/') ||
        m === 'builtin-required:zlib' ||
        [
          'src/run.ts',
          'src/config/load.ts',
          'src/config/config-schema.ts',
          'src/collect/collect.ts',
        ].includes(m),
    );
    expect(rest).toEqual([]);
  });

  it('waits until the requests handed to the client are written, not answered', async () => {
    // The server leaves the bodies unread until the test says so: bodies larger than the sockets' buffers
    // cannot all be written before then.
    const arrived: IncomingMessage[] = [];
    let arrivedBoth = () => {};
    const bothArrived = new Promise<void>((resolve) => {
      arrivedBoth = resolve;
    });
    const server = createServer((req, res) => {
      req.pause();
      req.on('end', () => res.end('ok'));
      arrived.push(req);
      if (arrived.length === 2) arrivedBoth();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const written: unknown[] = [];
    const listen = (message: unknown) => written.push(message);
    sent.subscribe(listen);
    try {
      // Nothing in flight: at once.
      await requestsWritten();
      const { port } = server.address() as AddressInfo;
      const body = Buffer.alloc(32 * 1024 * 1024, 'x');
      // Handed to the transport after a promise continuation, as the client's hooks do: still counted.
      const answers = ['/a', '/b'].map((path) =>
        Promise.resolve().then(() =>
          transportFetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body }),
        ),
      );
      let done = false;
      const waiting = requestsWritten().then(() => {
        done = true;
      });
      await bothArrived;
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(done).toBe(false);
      expect(written).toEqual([]);
      for (const req of arrived) req.resume();
      await waiting;
      expect(written.map((m) => (m as RequestSent).unsent)).toEqual([1, 0]);
      expect(await Promise.all(answers.map(async (a) => (await a).text()))).toEqual(['ok', 'ok']);
    } finally {
      sent.unsubscribe(listen);
      server.close();
    }
  });
});
