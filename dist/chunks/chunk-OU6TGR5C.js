import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  shared
} from "./chunk-ZCQLGQEF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin-required:diagnostics_channel
var require_diagnostics_channel = __commonJS({
  "builtin-required:diagnostics_channel"(exports, module) {
    module.exports = __require("node:diagnostics_channel");
  }
});

// builtin-required:http
var require_http = __commonJS({
  "builtin-required:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin-required:https
var require_https = __commonJS({
  "builtin-required:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

// builtin-required:module
var require_module = __commonJS({
  "builtin-required:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// builtin-required:util
var require_util = __commonJS({
  "builtin-required:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// src/github/transport.ts
var import_node_diagnostics_channel = __toESM(require_diagnostics_channel(), 1);
var import_node_http = __toESM(require_http(), 1);
var import_node_https = __toESM(require_https(), 1);
var import_node_module = __toESM(require_module(), 1);
var import_node_util = __toESM(require_util(), 1);
var REQUEST_SENT = "release-retro:request-sent";
var requestSent = (0, import_node_diagnostics_channel.channel)(REQUEST_SENT);
var unsent = 0;
var whenWritten = [];
function requestsWritten() {
  return new Promise(
    (resolve) => setImmediate(() => {
      if (unsent === 0) resolve();
      else whenWritten.push(resolve);
    })
  );
}
var MAX_REDIRECTS = 20;
var IDLE_TIMEOUT_MS = 3e5;
var requireBuiltin = (0, import_node_module.createRequire)(import.meta.url);
var inflaters;
function inflaterFor(encoding) {
  if (!inflaters) {
    const { brotliDecompress, gunzip, inflate } = requireBuiltin("node:zlib");
    inflaters = {
      gzip: (0, import_node_util.promisify)(gunzip),
      "x-gzip": (0, import_node_util.promisify)(gunzip),
      deflate: (0, import_node_util.promisify)(inflate),
      br: (0, import_node_util.promisify)(brotliDecompress)
    };
  }
  return inflaters[encoding];
}
var ResponseHeaders = class {
  #values = /* @__PURE__ */ new Map();
  constructor(raw) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== void 0) this.#values.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  get(name) {
    return this.#values.get(name.toLowerCase()) ?? null;
  }
  [Symbol.iterator]() {
    return this.#values.entries();
  }
};
var BufferedBody = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  text() {
    return this.bytes.toString("utf8");
  }
};
var BufferedResponse = class {
  constructor(url, status, statusText, headers, bytes) {
    this.url = url;
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.body = bytes.length === 0 && (status === 204 || status === 205 || status === 304) ? null : new BufferedBody(bytes);
  }
  url;
  status;
  statusText;
  headers;
  body;
  async text() {
    return this.body?.text() ?? "";
  }
  async arrayBuffer() {
    const bytes = this.body?.bytes ?? Buffer.alloc(0);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
};
function bodyText(body) {
  if (body instanceof BufferedBody) return body.text();
  if (typeof body === "string") return body;
  if (body === null || body === void 0) return "";
  throw new TypeError("An unparsed response body from an unknown transport");
}
function send(attempt) {
  return new Promise((resolve, reject) => {
    const request = (attempt.url.protocol === "https:" ? import_node_https.request : import_node_http.request)(attempt.url, {
      method: attempt.method,
      headers: attempt.headers,
      signal: attempt.signal
    });
    request.setTimeout(
      IDLE_TIMEOUT_MS,
      () => request.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1e3} s`))
    );
    unsent += 1;
    let counted = true;
    const written = (announce) => {
      if (!counted) return;
      counted = false;
      unsent -= 1;
      if (announce && requestSent.hasSubscribers)
        requestSent.publish({ url: attempt.url.href, unsent });
      if (unsent === 0 && whenWritten.length > 0) {
        const waiting = whenWritten;
        whenWritten = [];
        for (const resolve2 of waiting) resolve2();
      }
    };
    request.once("finish", () => written(true));
    request.once("close", () => written(false));
    request.on("error", reject);
    request.on("response", (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => resolve({ response, bytes: Buffer.concat(chunks) }));
    });
    request.end(attempt.body);
  });
}
function inflated(bytes, encoding) {
  const inflater = encoding ? inflaterFor(encoding.trim().toLowerCase()) : void 0;
  return inflater && bytes.length > 0 ? inflater(bytes) : bytes;
}
function unanswered(error) {
  if (error instanceof Error && error.name === "AbortError") return error;
  return new TypeError("fetch failed", { cause: error });
}
function requestBody(body) {
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError("The transport sends string and byte bodies only");
}
function redirected(attempt, status, location) {
  if (![301, 302, 303, 307, 308].includes(status) || !location) return null;
  const url = new URL(location, attempt.url);
  const headers = { ...attempt.headers };
  if (url.origin !== attempt.url.origin) delete headers.authorization;
  const toGet = status === 303 && attempt.method !== "HEAD" || (status === 301 || status === 302) && attempt.method === "POST";
  if (!toGet) return { ...attempt, url, headers };
  delete headers["content-type"];
  delete headers["content-length"];
  return { ...attempt, url, headers, method: "GET", body: void 0 };
}
async function transportFetch(input, init = {}) {
  const headers = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  headers["accept-encoding"] ??= "gzip, deflate, br";
  const body = requestBody(init.body);
  if (body) headers["content-length"] = String(body.length);
  let attempt = {
    url: new URL(input),
    method: (init.method ?? "GET").toUpperCase(),
    headers,
    body,
    signal: init.signal ?? void 0
  };
  for (let hops = 0; ; hops += 1) {
    let answer;
    try {
      answer = await send(attempt);
    } catch (error) {
      throw unanswered(error);
    }
    const { response } = answer;
    const status = response.statusCode ?? 0;
    const next = init.redirect === "manual" ? null : redirected(attempt, status, response.headers.location);
    if (next) {
      if (init.redirect === "error")
        throw unanswered(new Error(`unexpected redirect from ${attempt.url.href}`));
      if (hops >= MAX_REDIRECTS)
        throw unanswered(new Error(`more than ${MAX_REDIRECTS} redirects from ${attempt.url.href}`));
      attempt = next;
      continue;
    }
    let bytes;
    try {
      bytes = await inflated(answer.bytes, response.headers["content-encoding"]);
    } catch (error) {
      throw unanswered(error);
    }
    return new BufferedResponse(
      attempt.url.href,
      status,
      response.statusMessage ?? "",
      new ResponseHeaders(response.headers),
      bytes
    );
  }
}

// src/collect/release-list.ts
function fetchReleases(github, repo) {
  return shared(
    github,
    `releases ${repo.owner}/${repo.name}`,
    async () => await github.paginate("GET /repos/{owner}/{repo}/releases", {
      owner: repo.owner,
      repo: repo.name,
      per_page: 100
    })
  );
}

// src/github/limiter.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var Limiter = class {
  #maxConcurrent;
  #minTime;
  #running = 0;
  #waiting = [];
  #nextStart = 0;
  #listeners = [];
  constructor(options = {}) {
    this.#maxConcurrent = options.maxConcurrent ?? Number.POSITIVE_INFINITY;
    this.#minTime = options.minTime ?? 0;
  }
  /** Only `failed` matters to the plugin; its listener's number (ms) means "retry after". */
  on(event, listener) {
    if (event === "failed") this.#listeners.push(listener);
    return this;
  }
  /** Bottleneck's `schedule([options], fn, ...args)`. */
  schedule(...input) {
    const options = typeof input[0] === "function" ? {} : input.shift();
    const [fn, ...args] = input;
    return this.#run(fn, args, options);
  }
  async #run(fn, args, options) {
    const counted = options.weight !== 0;
    if (counted) await this.#acquire();
    await this.#space();
    try {
      for (let retryCount = 0; ; retryCount += 1) {
        try {
          return await fn(...args);
        } catch (error) {
          const delay = await this.#failed(error, { args, options, retryCount });
          if (delay === null) throw error;
          await sleep(delay);
        }
      }
    } finally {
      if (counted) this.#release();
    }
  }
  /**
   * A listener that throws says nothing about retrying: the job fails with its own error, not the listener's.
   * plugin-throttling's listener reads `error.response.headers` for every failed /graphql call, and a request
   * that got no answer at all (a reset connection) has no response: its TypeError would replace the real error
   * and hide it from our retry policy (Bottleneck, too, reports a listener's error apart from the job's).
   */
  async #failed(error, info) {
    const answers = await Promise.all(
      this.#listeners.map(async (listener) => {
        try {
          return await listener(error, info);
        } catch {
          return null;
        }
      })
    );
    const retry = answers.find((a) => a !== null && a !== void 0);
    return retry === void 0 ? null : Math.max(0, Math.trunc(Number(retry)) || 0);
  }
  async #acquire() {
    if (this.#running < this.#maxConcurrent) {
      this.#running += 1;
      return;
    }
    await new Promise((resolve) => this.#waiting.push(resolve));
  }
  #release() {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running -= 1;
  }
  async #space() {
    if (this.#minTime <= 0) return;
    const now = Date.now();
    const start = Math.max(now, this.#nextStart);
    this.#nextStart = start + this.#minTime;
    if (start > now) await sleep(start - now);
  }
};
var LimiterGroup = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  #limiters = /* @__PURE__ */ new Map();
  key(id = "") {
    let limiter = this.#limiters.get(id);
    if (!limiter) {
      limiter = new Limiter(this.options);
      this.#limiters.set(id, limiter);
    }
    return limiter;
  }
};

export {
  require_diagnostics_channel,
  REQUEST_SENT,
  requestsWritten,
  bodyText,
  transportFetch,
  fetchReleases,
  Limiter,
  LimiterGroup
};
