/**
 * Labels gateway (REST). The finalize stage lists the repository's labels once and creates only the missing
 * ones, each with a colour and a description, so a retro's labels read well in the issue list.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { explainPermission } from './errors.ts';
import type { WriteGateway } from './writes.ts';

export interface LabelSpec {
  name: string;
  /** Six hex digits, without `#`. */
  color: string;
  description: string;
}

export interface RepoLabel {
  name: string;
  color: string;
  description: string | null;
}

/** GitHub's own limits: a label name is at most 50 characters, a description at most 100. */
export const LABEL_NAME_MAX = 50;
export const LABEL_DESCRIPTION_MAX = 100;

export async function listLabels(github: GitHub, repo: RepoRef): Promise<RepoLabel[]> {
  const raw = (await github.paginate('GET /repos/{owner}/{repo}/labels', {
    owner: repo.owner,
    repo: repo.name,
    per_page: 100,
  })) as unknown as { name: string; color: string; description: string | null }[];
  return raw.map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
}

/** A 422 whose errors say `already_exists`: another run (or a person) created the same thing a moment ago. */
export function isAlreadyExists(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } };
  return e?.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists');
}

/**
 * Creates a label. A 422 "already_exists" (a concurrent run, or a label differing only in case) counts as
 * success: the label is there, which is all the caller needs.
 */
export async function createLabel(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  spec: LabelSpec,
): Promise<void> {
  await writes.write(
    {
      action: 'create label',
      target: `${repo.owner}/${repo.name}`,
      summary: `"${spec.name}" #${spec.color} ${spec.description}`,
    },
    async () => {
      try {
        await github.request('POST /repos/{owner}/{repo}/labels', {
          owner: repo.owner,
          repo: repo.name,
          name: spec.name,
          color: spec.color,
          description: spec.description.slice(0, LABEL_DESCRIPTION_MAX),
        });
      } catch (error) {
        if (isAlreadyExists(error)) return;
        throw explainPermission(error, `create the label "${spec.name}"`, 'issues: write');
      }
    },
    undefined,
  );
}

/**
 * Creates every label in `wanted` that `existing` lacks (names compare case-insensitively, as GitHub does).
 * Returns the names that could not be created with the reason, so one bad label fails only its items.
 */
export async function ensureLabels(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  existing: readonly RepoLabel[],
  wanted: readonly LabelSpec[],
): Promise<Map<string, Error>> {
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const failed = new Map<string, Error>();
  for (const spec of wanted) {
    const key = spec.name.toLowerCase();
    if (have.has(key)) continue;
    have.add(key);
    try {
      await createLabel(github, writes, repo, spec);
    } catch (error) {
      failed.set(key, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return failed;
}
