/**
 * How a collector failure becomes data. GitHub answers 403/404 when a source is switched off or the token
 * lacks a permission (Actions disabled, no `deployments: read`); that source becomes an `unavailable`
 * Section naming the permission, and the rest of the retrospective goes on. Anything else (5xx after the
 * client's retries, network errors, bugs) propagates: a retro built on silently missing data is worse than none.
 */
import { distance } from 'fastest-levenshtein';
import type { Section } from './types.ts';

export class TagNotFoundError extends Error {
  constructor(
    readonly tag: string,
    readonly suggestions: string[],
    detail = '',
  ) {
    const hint =
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super(`No published release with tag "${tag}"${detail}.${hint}`);
    this.name = 'TagNotFoundError';
  }
}

/** The nearest tags by edit distance (ties keep the given order, newest first when the caller sorts so). */
export function nearestTags(tag: string, tags: readonly string[], count = 3): string[] {
  return [...new Set(tags)]
    .map((candidate, index) => ({ candidate, index, d: distance(tag, candidate) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, count)
    .map((x) => x.candidate);
}

export interface SourceInfo {
  /** What the section is, for messages: "deployments", "workflow runs". */
  name: string;
  /** The permission a workflow job needs, e.g. `deployments: read`. */
  permission: string;
  /** What to do when the source is switched off rather than forbidden. */
  hint?: string;
}

/** Status and GraphQL error types of a thrown octokit error, duck-typed (RequestError, GraphqlResponseError). */
function describe(error: unknown): { status: number | null; graphqlTypes: string[]; message: string } {
  const e = error as { status?: unknown; errors?: unknown; message?: unknown };
  const status = typeof e?.status === 'number' ? e.status : null;
  const graphqlTypes = Array.isArray(e?.errors)
    ? e.errors.map((x: { type?: unknown }) => (typeof x?.type === 'string' ? x.type : '')).filter(Boolean)
    : [];
  return { status, graphqlTypes, message: typeof e?.message === 'string' ? e.message : String(error) };
}

/** Whether GitHub refused this source (permission or feature switched off) as opposed to failing. */
export function isRefusal(error: unknown): boolean {
  const { status, graphqlTypes } = describe(error);
  if (status === 403 && /rate limit/i.test(describe(error).message)) return false;
  return (
    status === 403 ||
    status === 404 ||
    status === 410 ||
    graphqlTypes.some((t) => t === 'FORBIDDEN' || t === 'NOT_FOUND' || t === 'INSUFFICIENT_SCOPES')
  );
}

export function unavailable<T>(source: SourceInfo, reason: string, hint?: string): Section<T> {
  return {
    status: 'unavailable',
    reason,
    permission: source.permission,
    ...(hint || source.hint ? { hint: hint ?? source.hint } : {}),
  };
}

/** Runs a collector; a refusal becomes `unavailable`, everything else propagates. */
export async function section<T>(
  source: SourceInfo,
  collect: () => Promise<Section<T>>,
): Promise<Section<T>> {
  try {
    return await collect();
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const { status, message } = describe(error);
    const what = status === 404 ? 'not found (switched off, or not visible to this token)' : 'refused';
    return {
      status: 'unavailable',
      reason: `GitHub ${what} the ${source.name}: ${message}`,
      permission: source.permission,
      hint: `Give the workflow job \`permissions: ${source.permission}\`${source.hint ? `; ${source.hint}` : ''}.`,
    };
  }
}
