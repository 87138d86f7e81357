/**
 * Turns GitHub's errors into messages that say what to change. The raw error stays attached as `cause`.
 */

export class GitHubActionError extends Error {
  override name = 'GitHubActionError';
}

interface GitHubishError {
  status?: number;
  message?: string;
  errors?: { type?: string; message?: string }[];
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

export function statusOf(error: unknown): number | undefined {
  return (error as GitHubishError | undefined)?.status;
}

/** GraphQL errors come back as HTTP 200 with an `errors` list; octokit throws them with `errors` attached. */
export function graphqlErrorTypes(error: unknown): string[] {
  return ((error as GitHubishError | undefined)?.errors ?? []).map((e) => e.type ?? '');
}

export function isForbidden(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 403) return true;
  const text = error instanceof Error ? error.message : '';
  return (
    graphqlErrorTypes(error).includes('FORBIDDEN') || /Resource not accessible by integration/i.test(text)
  );
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404 || graphqlErrorTypes(error).includes('NOT_FOUND');
}

/** Wraps an error with what the user should do, keeping the original as `cause`. */
export function explainPermission(error: unknown, doing: string, permission: string): Error {
  if (isForbidden(error)) {
    return new GitHubActionError(
      `GitHub refused to ${doing}: the token lacks the "${permission}" permission. ` +
        `Add it to the workflow's permissions: block (permissions:\n  ${permission.replace(': ', ': ')}).`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
