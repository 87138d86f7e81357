import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/github/errors.ts
var GitHubActionError = class extends Error {
  name = "GitHubActionError";
};
function statusOf(error) {
  return error?.status;
}
function graphqlErrorTypes(error) {
  return (error?.errors ?? []).map((e) => e.type ?? "");
}
function isForbidden(error) {
  const status = statusOf(error);
  if (status === 403) return true;
  const text = error instanceof Error ? error.message : "";
  return graphqlErrorTypes(error).includes("FORBIDDEN") || /Resource not accessible by integration/i.test(text);
}
function isNotFound(error) {
  return statusOf(error) === 404 || graphqlErrorTypes(error).includes("NOT_FOUND");
}
function explainPermission(error, doing, permission) {
  if (isForbidden(error)) {
    return new GitHubActionError(
      `GitHub refused to ${doing}: the token lacks the "${permission}" permission. Add it to the workflow's permissions: block (permissions:
  ${permission.replace(": ", ": ")}).`,
      { cause: error }
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export {
  GitHubActionError,
  statusOf,
  isForbidden,
  isNotFound,
  explainPermission
};
