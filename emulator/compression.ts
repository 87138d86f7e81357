/**
 * Compressed answers. GitHub chooses an answer's encoding by the request's Accept-Encoding (its answers say
 * `Vary: Accept, Accept-Encoding`, as the ones octokit/fixtures recorded from api.github.com do), and the action's
 * transport asks for gzip, deflate and br, as fetch does, and inflates what comes back (src/github/transport.ts).
 * The emulator gzips whenever the request accepts gzip, so every run against it reads compressed bodies as a run
 * against github.com does. It answers gzip only: which of the three GitHub picks is not modelled, and the
 * transport inflates each (its unit tests, with nock).
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { JsonText } from './http.ts';

const gzipAsync = promisify(gzip);

export interface EncodedBody {
  bytes: Buffer | string;
  gzip: boolean;
}

/** Whether an `Accept-Encoding` header accepts gzip: listed (or `*`) without `q=0`. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let star = false;
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name === 'gzip' || name === 'x-gzip') return accepted;
    if (name === '*') star = accepted;
  }
  return star;
}

/**
 * A cached page (JsonText, kept while nothing it shows has changed) is compressed once: the workflow-run pages
 * are about 1 MB each, and compressing them again on every read would be the emulator's work, not GitHub's.
 */
const compressedPages = new WeakMap<JsonText, Promise<Buffer>>();

function textOf(body: unknown): Buffer | string {
  if (typeof body === 'string') return body;
  if (body instanceof JsonText) return body.text;
  return JSON.stringify(body);
}

/**
 * The bytes of an answer's body, gzipped on the thread pool when the request accepts it; undefined when the
 * answer has no body (204, 304).
 */
export async function encodedBody(body: unknown, gzipAccepted: boolean): Promise<EncodedBody | undefined> {
  if (body === undefined) return undefined;
  const text = textOf(body);
  if (!gzipAccepted || text.length === 0) return { bytes: text, gzip: false };
  if (body instanceof JsonText) {
    let compressed = compressedPages.get(body);
    if (!compressed) {
      compressed = gzipAsync(text);
      compressedPages.set(body, compressed);
    }
    return { bytes: await compressed, gzip: true };
  }
  return { bytes: await gzipAsync(text), gzip: true };
}
