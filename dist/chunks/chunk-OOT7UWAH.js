import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  shared
} from "./chunk-ZCQLGQEF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin-required:timers/promises
var require_promises = __commonJS({
  "builtin-required:timers/promises"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

// src/github/workflow-permissions.ts
var DOCUMENTED_PERMISSIONS = {
  contents: "read",
  discussions: "write",
  issues: "write",
  "pull-requests": "read",
  deployments: "read",
  actions: "read"
};

// src/github/refusals.ts
var REST_SCOPES = [
  [/\/repos\/[^/]+\/[^/]+\/(?:actions|environments)(?:\/|$)/, "actions"],
  [/\/repos\/[^/]+\/[^/]+\/deployments(?:\/|$)/, "deployments"],
  // Before `commits`: external monitors' statuses and check runs have permissions of their own.
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/status(?:es)?(?:\/|$|\?)/, "statuses"],
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/check-runs(?:\/|$|\?)/, "checks"],
  [/\/repos\/[^/]+\/[^/]+\/(?:pulls|commits\/[^/]+\/pulls)(?:\/|$|\?)/, "pull-requests"],
  [/\/repos\/[^/]+\/[^/]+\/(?:issues|labels|milestones|assignees)(?:\/|$|\?)/, "issues"],
  [/\/repos\/[^/]+\/[^/]+\/(?:contents|compare|commits|git|releases)(?:\/|$|\?)/, "contents"]
];
function restRefusal(method, url) {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const found = REST_SCOPES.find(([pattern]) => pattern.test(path));
  if (!found) return null;
  return { scope: found[1], access: method.toUpperCase() === "GET" ? "read" : "write" };
}
var GRAPHQL_SCOPES = [
  [/discussion|^(?:comments?|replies|replyTo|thread|sources)$/i, "discussions"],
  [/^pullRequests?$/, "pull-requests"],
  [/^issues?$/, "issues"],
  [/^deployments?$/, "deployments"],
  [/^(?:refs?|releases?|object)$/, "contents"]
];
function graphqlRefusal(path, isMutation) {
  const access = isMutation ? "write" : "read";
  for (const segment of [...path].reverse()) {
    if (typeof segment !== "string") continue;
    const found = GRAPHQL_SCOPES.find(([pattern]) => pattern.test(segment));
    if (found) return { scope: found[1], access };
  }
  return path[0] === "node" || path[0] === "nodes" ? { scope: "discussions", access } : null;
}
function refusalHint(refusal) {
  const documented = DOCUMENTED_PERMISSIONS[refusal.scope] ?? refusal.access;
  const line = `${refusal.scope}: ${refusal.access === "write" ? "write" : documented}`;
  return `GITHUB_TOKEN has only the permissions the workflow lists, and this needs "${refusal.scope}: ${refusal.access}". Add \`${line}\` under \`permissions:\` in the workflow (see docs/permissions.md).`;
}
function permissionAdvice(permissions) {
  const lines = [...permissions.matchAll(/([a-z-]+):\s*(read|write)/g)].map(([, scope, access]) => {
    const documented = DOCUMENTED_PERMISSIONS[scope];
    const line = documented === "write" || access === "read" ? documented ?? access : access;
    return `\`${scope}: ${line}\``;
  });
  if (lines.length === 0) return "";
  return `It needs ${permissions}: add ${lines.join(" and ")} under \`permissions:\` in the workflow (see docs/permissions.md).`;
}

// src/collect/repository.ts
function repositoryInfo(github, repo) {
  return shared(github, `repository ${repo.owner}/${repo.name}`, async () => {
    const { data } = await github.request("GET /repos/{owner}/{repo}", {
      owner: repo.owner,
      repo: repo.name
    });
    return { owner: repo.owner, name: repo.name, url: data.html_url, defaultBranch: data.default_branch };
  });
}

// src/github/retry.ts
var import_promises = __toESM(require_promises(), 1);
var CREATING_MUTATIONS = /* @__PURE__ */ new Set(["CreateDiscussion", "AddDiscussionComment"]);
var CREATING_ROUTES = [/\/issues$/, /\/issues\/(\{issue_number\}|\d+)\/comments$/];
function createsContent(method, url, query) {
  if (method !== "POST") return false;
  if (url === "/graphql" || url.endsWith("/graphql")) {
    const operation = typeof query === "string" ? /^\s*mutation\s+(\w+)/.exec(query)?.[1] : void 0;
    return operation !== void 0 && CREATING_MUTATIONS.has(operation);
  }
  return CREATING_ROUTES.some((route) => route.test(url));
}
var TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;
function isServerError(error) {
  const status = error?.status;
  return typeof status === "number" && status >= 500;
}
function transientGraphqlError(response) {
  const errors = response.data?.errors;
  const message = errors?.[0]?.message;
  return message && TRANSIENT_GRAPHQL.test(message) ? message : void 0;
}
var policies = /* @__PURE__ */ new WeakMap();
function retryPolicyOf(octokit) {
  return policies.get(octokit);
}
function retryServerErrors(octokit, policy) {
  policies.set(octokit, policy);
  octokit.hook.wrap("request", async (request, options) => {
    const allowed = createsContent(options.method, options.url, options.query) ? 0 : policy.retries;
    for (let attempt = 0; ; attempt += 1) {
      const retry = async () => {
        if (attempt >= allowed) return false;
        await (0, import_promises.setTimeout)(policy.baseDelayMs * (attempt + 1) ** 2, void 0, { signal: policy.signal });
        return true;
      };
      try {
        const response = await request(options);
        if (transientGraphqlError(response) && await retry()) continue;
        return response;
      } catch (error) {
        const certificate = untrustedCertificate(error);
        if (certificate) throw untrusted(error, options, certificate);
        if (isServerError(error) && await retry()) continue;
        throw policy.signal?.aborted ? error : unanswered(error, options, attempt + 1);
      }
    }
  });
}
var CERTIFICATE_CODE = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_ALTNAME_INVALID)$/;
function untrustedCertificate(error) {
  let current = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (typeof current.code === "string" && CERTIFICATE_CODE.test(current.code))
      return { code: current.code, message: String(current.message ?? "") };
    current = current.cause;
  }
  return void 0;
}
function untrusted(error, options, certificate) {
  if (!(error instanceof Error)) return error;
  let host = "";
  try {
    host = ` of ${new URL(options.url, options.baseUrl).host}`;
  } catch {
  }
  error.message = `The TLS certificate${host} was not trusted on ${options.method} ${options.url} (${certificate.code}: ${certificate.message}). If this runner reaches GitHub through a proxy or firewall that inspects TLS, give Node its root certificate: set NODE_EXTRA_CA_CERTS to the certificate's file, or NODE_USE_SYSTEM_CA to 1 to trust the runner's system store, in the step's env.`;
  return error;
}
function unanswered(error, options, attempts) {
  const e = error;
  if (!(error instanceof Error) || e?.status !== 500 || e.response !== void 0) return error;
  const operation = typeof options.query === "string" ? /^\s*(query|mutation)\s+(\w+)/.exec(options.query) : null;
  const what = `${options.method} ${options.url}${operation ? ` (${operation[1]} ${operation[2]})` : ""}`;
  const tries = attempts === 1 ? "once (a creation is never retried: it may have landed)" : `${attempts} times`;
  error.message = `GitHub did not answer ${what}, tried ${tries}: ${error.message}. Re-run the job; it continues where this one stopped.`;
  return error;
}

export {
  repositoryInfo,
  restRefusal,
  graphqlRefusal,
  refusalHint,
  permissionAdvice,
  require_promises,
  retryPolicyOf,
  retryServerErrors
};
