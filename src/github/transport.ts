/**
 * The client's HTTP transport: a `fetch` for Octokit built on node:http and node:https.
 *
 * Why not Node's own `fetch`: it is undici, loaded on first use (its compilation was on the path to a cold
 * run's first request), and its bodies travel as web streams. A cold run spent about a fifth of its CPU there:
 * stream plumbing, a copy to concatenate the chunks and a TextDecoder pass for every page, a dozen of them
 * about 1 MB each (workflow runs). node:http hands over Buffers, and `Buffer.toString` decodes them in one call.
 *
 * What it keeps of fetch's behaviour, because GitHub relies on it:
 * - compressed answers: it asks for gzip, deflate and brotli, as fetch does, and inflates off the main thread;
 * - redirects: 301/302 turn a POST into a GET, 303 any method but HEAD, 307/308 repeat the request; at most 20
 *   hops, and a hop to another origin drops the Authorization header (the fetch standard's rule). GitHub's REST
 *   API answers a renamed or transferred repository with 301, and some reads with 302 or 307, and asks clients
 *   to follow them (docs.github.com/rest, "Best practices for using the REST API": follow redirects).
 * - the abort signal, and fetch's error shape for a request without an answer (a TypeError "fetch failed"
 *   whose `cause` is the socket's error), which Octokit turns into a status-500 RequestError.
 * - Node's global agents, so keep-alive, NODE_EXTRA_CA_CERTS and, with NODE_USE_ENV_PROXY=1 on Node 24.5 and
 *   later, HTTP(S)_PROXY behave as Node configures them (docs/architecture.md).
 *
 * Bodies are read whole before the promise resolves; every answer the action reads is JSON it parses whole.
 */
import { channel } from 'node:diagnostics_channel';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/**
 * Where the transport announces that a request has been written to its socket (its 'finish' event), with how
 * many requests it was given are still waiting to be written (`unsent`, an {@link RequestSent}). Code loaded on
 * the side (the stages, src/stages.ts) starts when that count first reaches 0, so the run's first requests all
 * reach the wire before compiling holds the thread. Node's fetch announced each request on undici's
 * `undici:client:sendHeaders`.
 */
export const REQUEST_SENT = 'release-retro:request-sent';
const requestSent = channel(REQUEST_SENT);

export interface RequestSent {
  url: string;
  /** Requests handed to the transport and not yet written (nor failed), this one excluded. */
  unsent: number;
}

let unsent = 0;
let whenWritten: (() => void)[] = [];

/**
 * Resolves once no request handed to the transport is waiting to be written (each written or failed); at once
 * when none is. Looked at after the current turn's promise jobs have run, so requests still on their way
 * through the client's hooks (promise continuations, no timers: src/github/limiter.ts) are counted. The entry
 * (src/index.ts) loads the rest of the action after this, so compiling it does not hold them back.
 */
export function requestsWritten(): Promise<void> {
  return new Promise((resolve) =>
    setImmediate(() => {
      if (unsent === 0) resolve();
      else whenWritten.push(resolve);
    }),
  );
}

const MAX_REDIRECTS = 20;
/** undici's default for headers and body alike; a request idle this long is failed, not awaited forever. */
const IDLE_TIMEOUT_MS = 300_000;
// Not process.getBuiltinModule: the CLI supports Node 22.0, and that came in 22.3.
const requireBuiltin = createRequire(import.meta.url);
type Inflate = (buffer: Buffer) => Promise<Buffer>;
let inflaters: Record<string, Inflate> | undefined;

/**
 * node:zlib is loaded with the first compressed answer, not with the transport: loading it took 5–8 ms of a
 * cold start before the first request could leave, and no request needs it.
 */
function inflaterFor(encoding: string): Inflate | undefined {
  if (!inflaters) {
    const { brotliDecompress, gunzip, inflate } = requireBuiltin('node:zlib') as typeof import('node:zlib');
    inflaters = {
      gzip: promisify(gunzip),
      'x-gzip': promisify(gunzip),
      deflate: promisify(inflate),
      br: promisify(brotliDecompress),
    };
  }
  return inflaters[encoding];
}

/** The part of fetch's Headers Octokit reads: `get` and iteration, names in lower case. */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>();
  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.#values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return this.#values.entries();
  }
}

/** A whole answer body; what `response.body` is when a caller asks Octokit not to parse it. */
export class BufferedBody {
  constructor(readonly bytes: Buffer) {}
  text(): string {
    return this.bytes.toString('utf8');
  }
}

/** The part of fetch's Response that Octokit reads (status, url, headers, text, arrayBuffer) and our JSON readers (body). */
export class BufferedResponse {
  readonly body: BufferedBody | null;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    bytes: Buffer,
  ) {
    this.body =
      bytes.length === 0 && (status === 204 || status === 205 || status === 304)
        ? null
        : new BufferedBody(bytes);
  }
  async text(): Promise<string> {
    return this.body?.text() ?? '';
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.body?.bytes ?? Buffer.alloc(0);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}

/** The text of a body Octokit handed back unparsed: ours, a plain string, or (nothing) empty. */
export function bodyText(body: unknown): string {
  if (body instanceof BufferedBody) return body.text();
  if (typeof body === 'string') return body;
  if (body === null || body === undefined) return '';
  throw new TypeError('An unparsed response body from an unknown transport');
}

interface Attempt {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  signal: AbortSignal | undefined;
}

function send(attempt: Attempt): Promise<{ response: IncomingMessage; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = (attempt.url.protocol === 'https:' ? httpsRequest : httpRequest)(attempt.url, {
      method: attempt.method,
      headers: attempt.headers,
      signal: attempt.signal,
    });
    request.setTimeout(IDLE_TIMEOUT_MS, () =>
      request.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)),
    );
    // Counted until written or failed, whichever comes first ('close' follows either).
    unsent += 1;
    let counted = true;
    const written = (announce: boolean) => {
      if (!counted) return;
      counted = false;
      unsent -= 1;
      if (announce && requestSent.hasSubscribers)
        requestSent.publish({ url: attempt.url.href, unsent } satisfies RequestSent);
      if (unsent === 0 && whenWritten.length > 0) {
        const waiting = whenWritten;
        whenWritten = [];
        for (const resolve of waiting) resolve();
      }
    };
    request.once('finish', () => written(true));
    request.once('close', () => written(false));
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => resolve({ response, bytes: Buffer.concat(chunks) }));
    });
    request.end(attempt.body);
  });
}

/** The body as sent, inflated on the thread pool when the server compressed it. */
function inflated(bytes: Buffer, encoding: string | undefined): Promise<Buffer> | Buffer {
  const inflater = encoding ? inflaterFor(encoding.trim().toLowerCase()) : undefined;
  return inflater && bytes.length > 0 ? inflater(bytes) : bytes;
}

/**
 * fetch's failure for a request without a usable answer: a TypeError "fetch failed" whose cause is what went
 * wrong. Octokit reports the cause's message as a status-500 error, which the client retries and names
 * (src/github/retry.ts). An abort stays an AbortError, which Octokit passes on as it is.
 */
function unanswered(error: unknown): Error {
  if (error instanceof Error && error.name === 'AbortError') return error;
  return new TypeError('fetch failed', { cause: error });
}

function requestBody(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('The transport sends string and byte bodies only');
}

/** The fetch standard's redirect step: the next attempt, or null when the answer is final. */
function redirected(attempt: Attempt, status: number, location: string | undefined): Attempt | null {
  if (![301, 302, 303, 307, 308].includes(status) || !location) return null;
  const url = new URL(location, attempt.url);
  const headers = { ...attempt.headers };
  if (url.origin !== attempt.url.origin) delete headers.authorization;
  const toGet =
    (status === 303 && attempt.method !== 'HEAD') ||
    ((status === 301 || status === 302) && attempt.method === 'POST');
  if (!toGet) return { ...attempt, url, headers };
  delete headers['content-type'];
  delete headers['content-length'];
  return { ...attempt, url, headers, method: 'GET', body: undefined };
}

export async function transportFetch(
  input: string | URL,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
    signal?: AbortSignal | null;
    redirect?: string;
  } = {},
): Promise<BufferedResponse> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const body = requestBody(init.body);
  if (body) headers['content-length'] = String(body.length);
  let attempt: Attempt = {
    url: new URL(input),
    method: (init.method ?? 'GET').toUpperCase(),
    headers,
    body,
    signal: init.signal ?? undefined,
  };
  for (let hops = 0; ; hops += 1) {
    let answer: { response: IncomingMessage; bytes: Buffer };
    try {
      answer = await send(attempt);
    } catch (error) {
      throw unanswered(error);
    }
    const { response } = answer;
    const status = response.statusCode ?? 0;
    const next = init.redirect === 'manual' ? null : redirected(attempt, status, response.headers.location);
    if (next) {
      if (init.redirect === 'error')
        throw unanswered(new Error(`unexpected redirect from ${attempt.url.href}`));
      if (hops >= MAX_REDIRECTS)
        throw unanswered(new Error(`more than ${MAX_REDIRECTS} redirects from ${attempt.url.href}`));
      attempt = next;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await inflated(answer.bytes, response.headers['content-encoding']);
    } catch (error) {
      throw unanswered(error);
    }
    return new BufferedResponse(
      attempt.url.href,
      status,
      response.statusMessage ?? '',
      new ResponseHeaders(response.headers),
      bytes,
    );
  }
}
