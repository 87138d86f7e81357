/** The HTTP front: auth, latency, faults, rate limits, dispatch to REST or GraphQL, and the request log. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authenticate, INTEGRATION_FORBIDDEN } from './auth.ts';
import type { Clock } from './clock.ts';
import { acceptsGzip, type EncodedBody, encodedBody } from './compression.ts';
import { type Fault, type Faults, faultReply } from './faults.ts';
import { handleGraphql, operationNameOf } from './graphql/index.ts';
import { type Ctx, DOCS, HttpError, type Reply } from './http.ts';
import { fixedPartMs, type LatencyOption, nodesReturned, perNodeMs, remainingDelayMs } from './latency.ts';
import { allows, REST_NEEDS } from './permissions.ts';
import type { RateLimiter, Resource } from './ratelimit.ts';
import { routes } from './rest/routes.ts';
import { Router } from './router.ts';
import type { EmulatorState } from './state.ts';
import type { Token } from './types.ts';

export interface RequestLogEntry {
  method: string;
  path: string;
  /** GraphQL operation name, when the request was a GraphQL call. */
  operation: string | null;
  status: number;
  /** When the request arrived, in ms on the emulator process's performance clock. */
  startMs: number;
  durationMs: number;
  /** GraphQL variables as JSON (to tell a repeated read from another page); null for REST. */
  variables: string | null;
  /** Nodes the response returned (emulator/latency.ts). */
  nodes: number;
  /** Login of the token's identity, or null when unauthenticated. */
  login: string | null;
  fault: Fault['kind'] | null;
  /** Whether the answer's body was sent gzipped (the request accepted gzip; emulator/compression.ts). */
  gzip: boolean;
}

export interface ServerDeps {
  state: EmulatorState;
  clock: Clock;
  limits: RateLimiter;
  faults: Faults;
  requests: RequestLogEntry[];
  /** Fixed, a range picked uniformly per request, or fixed + per node returned (emulator/latency.ts). */
  latencyMs: LatencyOption;
  baseUrl: () => string;
}

const router = new Router(routes);

/**
 * GitHub's answer when an installation token lacks the permission a route needs (see permissions.ts), else null.
 * Team membership needs organization members: read, which GITHUB_TOKEN never has: GitHub answers 404 there.
 */
function refusedByPermissions(token: Token, method: string, path: string): Reply | null {
  if (token.kind !== 'installation' || !token.permissions) return null;
  const need = REST_NEEDS[`${method} ${path}`];
  if (!need) throw new Error(`emulator/permissions.ts lists no permission for ${method} ${path}`);
  if (allows(token.permissions, need)) return null;
  if (need.kind === 'org-members')
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  return { status: 403, body: { message: INTEGRATION_FORBIDDEN, documentation_url: DOCS } };
}

export function createEmulatorServer(deps: ServerDeps): { server: Server; hanging: Set<ServerResponse> } {
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    handle(deps, req, res, hanging).catch((err: unknown) => {
      // A bug in the emulator must be visible, not turned into a plausible GitHub answer.
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Emulator error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    });
  });
  // Idle keep-alive connections are closed by the client only. With Node's default (the server drops a
  // connection after 5 s idle), a busy machine lets the client's own shorter timer fire late: it reuses the
  // socket just as the server closes it, and the request dies with ECONNRESET (seen under a CPU hog, on a
  // CreateDiscussion the action then must not retry). Which side closes first is a race on time; this removes it.
  server.keepAliveTimeout = 0;
  return { server, hanging };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

async function handle(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  hanging: Set<ServerResponse>,
) {
  const started = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', deps.baseUrl());
  const raw = await readBody(req);
  // The request is carried out as it arrives and answered when the latency model says (emulator/latency.ts),
  // or when the emulator is done if that is later: its work stands for GitHub's, which the model includes.
  const fixedMs = fixedPartMs(deps.latencyMs);
  const answerTime = (nodes = 0) =>
    sleep(remainingDelayMs(fixedMs, perNodeMs(deps.latencyMs), nodes, performance.now() - started));

  let parsed: Record<string, unknown> = {};
  let badJson = false;
  if (raw.trim() !== '') {
    try {
      const value: unknown = JSON.parse(raw);
      if (value && typeof value === 'object' && !Array.isArray(value))
        parsed = value as Record<string, unknown>;
    } catch {
      badJson = true;
    }
  }
  const isGraphql = url.pathname === '/graphql' && method === 'POST';
  const operation = isGraphql ? operationNameOf(parsed) : null;
  const match = isGraphql ? null : router.match(method, url.pathname);

  const gzipped = acceptsGzip(req.headers['accept-encoding']);
  let sentGzip = false;
  const log = (status: number, login: string | null, fault: Fault['kind'] | null = null, nodes = 0) =>
    deps.requests.push({
      method,
      path: url.pathname + url.search,
      operation,
      status,
      startMs: Math.round(started * 10) / 10,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      variables: isGraphql ? JSON.stringify(parsed.variables ?? {}) : null,
      nodes,
      login,
      fault,
      gzip: sentGzip,
    });
  const send = async (
    reply: Reply,
    extra: Record<string, string> = {},
    encoded: Promise<EncodedBody | undefined> = encodedBody(reply.body, gzipped),
  ) => {
    const isText = typeof reply.body === 'string';
    const body = await encoded;
    sentGzip = body?.gzip ?? false;
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      vary: 'Accept, Accept-Encoding',
      ...extra,
      ...(reply.body !== undefined && !isText ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...(body?.gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(reply.headers ?? {}),
    };
    res.writeHead(reply.status, headers);
    res.end(body?.bytes);
  };

  const auth = authenticate(deps.state, req.headers.authorization);
  if (!auth.ok) {
    await answerTime();
    await send({ status: 401, body: { message: auth.message, documentation_url: DOCS } });
    log(401, null);
    return;
  }
  const { token, viewer } = auth;

  const fault = deps.faults.pick({
    method,
    path: url.pathname,
    template: match?.route.path ?? null,
    operation,
    mutation: isGraphql && typeof parsed.query === 'string' && /^\s*mutation\b/.test(parsed.query),
    login: viewer.login,
  });
  // A held request is carried out late, as it would be; one applied then answered 502 is carried out first.
  if (fault?.kind === 'hold') await fault.until;
  const carriedOut = fault === null || fault.kind === 'hold' || fault.kind === 'applied-then-5xx';
  if (fault && !carriedOut) {
    const reply = faultReply(fault, Math.floor(deps.clock.nowMs() / 1000));
    if (reply) await answerTime();
    log(reply?.status ?? 0, viewer.login, fault.kind);
    if (!reply) {
      // Never answered; the socket is destroyed on close() so the process can exit.
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    await send(reply);
    return;
  }

  const resource: Resource = isGraphql ? 'graphql' : url.pathname.startsWith('/search/') ? 'search' : 'core';
  const bucket = deps.limits.bucket(token, resource);
  const rateHeaders = () => deps.limits.headers(bucket, resource);
  if (bucket.used >= bucket.limit) {
    await answerTime();
    await send(
      {
        status: 403,
        body: {
          message: `API rate limit exceeded for ${token.kind === 'installation' ? 'installation' : 'user'} ID ${viewer.id}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        },
      },
      rateHeaders(),
    );
    log(403, viewer.login);
    return;
  }
  // GET /rate_limit is free on GitHub.
  if (url.pathname !== '/rate_limit') deps.limits.consume(token, resource);

  if (badJson) {
    await answerTime();
    await send(
      { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } },
      rateHeaders(),
    );
    log(400, viewer.login);
    return;
  }

  let reply: Reply;
  if (isGraphql) {
    reply = await handleGraphql(
      { state: deps.state, clock: deps.clock, limits: deps.limits, token, viewer, baseUrl: deps.baseUrl() },
      parsed,
    );
  } else if (!match) {
    reply = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  } else {
    const refusal = refusedByPermissions(token, method, match.route.path);
    const ctx: Ctx = {
      state: deps.state,
      clock: deps.clock,
      limits: deps.limits,
      baseUrl: deps.baseUrl(),
      method,
      url,
      params: match.params,
      query: url.searchParams,
      body: parsed,
      accept: String(req.headers.accept ?? ''),
      token,
      viewer,
    };
    try {
      reply = refusal ?? (await match.route.handler(ctx));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      reply = {
        status: err.status,
        body: { message: err.message, ...err.extra, documentation_url: DOCS },
        headers: err.headers,
      };
    }
  }
  if (fault?.kind === 'applied-then-5xx') {
    const lost = faultReply(fault, Math.floor(deps.clock.nowMs() / 1000));
    if (lost) {
      await answerTime();
      await send(lost);
      log(lost.status, viewer.login, fault.kind);
      return;
    }
  }
  const nodes = nodesReturned(reply.body);
  // Compressed on the thread pool while the latency runs: GitHub's own work is part of the model.
  const encoded = encodedBody(reply.body, gzipped);
  encoded.catch(() => undefined);
  await answerTime(nodes);
  await send(reply, rateHeaders(), encoded);
  log(reply.status, viewer.login, fault?.kind ?? null, nodes);
}
