/**
 * Makes GitHub's refusals say what to change. "Bad credentials" names the input whose token was refused; a
 * call outside the workflow's permissions ("Resource not accessible by integration") names the permission and
 * the line to add. The status, GraphQL error type and GitHub's own words are kept, so callers that tell a
 * refusal from other errors (`isForbidden`, `statusOf`) see the same error as before.
 */
import type { Octokit } from '@octokit/core';
import { graphqlRefusal, refusalHint, restRefusal } from './refusals.ts';

export type TokenInput = 'github-token' | 'project-token';

const NOT_ACCESSIBLE = /Resource not accessible by integration/i;

interface GraphqlErrorItem {
  type?: string;
  message?: string;
  path?: (string | number)[];
}

export function explainRefusals(octokit: Octokit, input: TokenInput): void {
  octokit.hook.error('request', (error, options) => {
    const failed = error as Error & { status?: number };
    if (failed.status === 401) {
      failed.message =
        `GitHub refused the token given as ${input} (${failed.message}): it is wrong, expired or revoked. ` +
        (input === 'github-token'
          ? "Leave github-token unset to use the workflow's GITHUB_TOKEN, or store a valid token as a secret."
          : 'Store a valid token in the secret passed as project-token (see docs/permissions.md).');
    } else if (failed.status === 403 && input === 'github-token' && NOT_ACCESSIBLE.test(failed.message)) {
      const refusal = restRefusal(String(options.method ?? 'GET'), String(options.url ?? ''));
      if (refusal) failed.message = `${failed.message}. ${refusalHint(refusal)}`;
    }
    throw failed;
  });

  if (input !== 'github-token') return;
  // GraphQL refusals arrive as 200 with `errors`; octokit builds its error message from them afterwards.
  octokit.hook.after('request', (response, options) => {
    if (!String(options.url ?? '').endsWith('graphql')) return;
    const data = response.data as { errors?: GraphqlErrorItem[] } | null;
    if (!data || typeof data !== 'object' || !Array.isArray(data.errors)) return;
    const isMutation = /^\s*mutation\b/.test(String((options as { query?: unknown }).query ?? ''));
    for (const item of data.errors) {
      if (item.type !== 'FORBIDDEN' || !NOT_ACCESSIBLE.test(item.message ?? '')) continue;
      const refusal = graphqlRefusal(item.path ?? [], isMutation);
      if (refusal) item.message = `${item.message}. ${refusalHint(refusal)}`;
    }
  });
}
