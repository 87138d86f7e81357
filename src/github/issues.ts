/**
 * Issues gateway (REST): the issues the finalize stage creates for action items, their comments (reminders),
 * and the assignability check. Reads go straight to the client; every write goes through the WriteGateway.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { explainPermission, isNotFound, statusOf } from './errors.ts';
import type { WriteGateway } from './writes.ts';

export interface IssueMilestone {
  number: number;
  title: string;
  /** ISO timestamp as GitHub returns it (midnight US Pacific of the due day), or null. */
  dueOn: string | null;
}

export interface Issue {
  id: number;
  nodeId: string;
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  closedAt: string | null;
  author: string | null;
  /** REST `user.id`, the same number as GraphQL's databaseId: how the action knows its own issues. */
  authorId: number | null;
  labels: string[];
  assignees: string[];
  milestone: IssueMilestone | null;
}

export interface IssueComment {
  id: number;
  body: string;
  author: string | null;
  authorId: number | null;
  createdAt: string;
}

/** What the action sets on an issue it owns. */
export interface IssueFields {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  milestone: number | null;
}

const ISSUES_WRITE = 'issues: write';

interface RawIssue {
  id: number;
  node_id: string;
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  closed_at?: string | null;
  user: { login: string; id: number } | null;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  milestone: { number: number; title: string; due_on: string | null } | null;
  pull_request?: unknown;
}

export function toIssue(raw: RawIssue): Issue {
  return {
    id: raw.id,
    nodeId: raw.node_id,
    number: raw.number,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason: raw.state_reason ?? null,
    closedAt: raw.closed_at ?? null,
    author: raw.user?.login ?? null,
    authorId: raw.user?.id ?? null,
    labels: raw.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    assignees: (raw.assignees ?? []).map((a) => a.login),
    milestone: raw.milestone
      ? { number: raw.milestone.number, title: raw.milestone.title, dueOn: raw.milestone.due_on }
      : null,
  };
}

/**
 * Every issue (not pull request) carrying `label`, in one paginated list call. `state: 'all'` by default, so a
 * closed action item is still found and never re-created.
 */
export async function listIssuesWithLabel(
  github: GitHub,
  repo: RepoRef,
  label: string,
  state: 'open' | 'closed' | 'all' = 'all',
): Promise<Issue[]> {
  const raw = (await github.paginate('GET /repos/{owner}/{repo}/issues', {
    owner: repo.owner,
    repo: repo.name,
    labels: label,
    state,
    per_page: 100,
  })) as unknown as RawIssue[];
  // The issues list also returns pull requests; they carry a `pull_request` key.
  return raw.filter((i) => i.pull_request === undefined).map(toIssue);
}

/** One issue by number, or null when it does not exist (deleted or transferred). */
export async function getIssue(github: GitHub, repo: RepoRef, number: number): Promise<Issue | null> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: repo.owner,
      repo: repo.name,
      issue_number: number,
    });
    const raw = data as unknown as RawIssue;
    return raw.pull_request === undefined ? toIssue(raw) : null;
  } catch (error) {
    if (isNotFound(error) || statusOf(error) === 410) return null;
    throw error;
  }
}

/**
 * Whether `login` can be assigned issues in the repository. GitHub answers 204 or 404; checking first lets an
 * unassignable owner become a reported failure of one item instead of a refused issue.
 */
export async function isAssignable(github: GitHub, repo: RepoRef, login: string): Promise<boolean> {
  try {
    await github.request('GET /repos/{owner}/{repo}/assignees/{assignee}', {
      owner: repo.owner,
      repo: repo.name,
      assignee: login,
    });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

function label(repo: RepoRef, number?: number): string {
  return `${repo.owner}/${repo.name}${number === undefined ? '' : ` issue #${number}`}`;
}

function fieldsSummary(fields: Partial<IssueFields>): string {
  const parts: string[] = [];
  if (fields.title !== undefined) parts.push(`"${fields.title}"`);
  if (fields.labels) parts.push(`labels ${fields.labels.join(', ') || '(none)'}`);
  if (fields.assignees) parts.push(`assignees ${fields.assignees.join(', ') || '(none)'}`);
  if (fields.milestone !== undefined) parts.push(`milestone ${fields.milestone ?? '(none)'}`);
  return parts.join('; ');
}

export async function createIssue(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  fields: IssueFields,
): Promise<Issue> {
  return writes.write(
    { action: 'create issue', target: label(repo), summary: fieldsSummary(fields), body: fields.body },
    async () => {
      try {
        const { data } = await github.request('POST /repos/{owner}/{repo}/issues', {
          owner: repo.owner,
          repo: repo.name,
          title: fields.title,
          body: fields.body,
          labels: fields.labels,
          assignees: fields.assignees,
          ...(fields.milestone === null ? {} : { milestone: fields.milestone }),
        });
        return toIssue(data as unknown as RawIssue);
      } catch (error) {
        throw explainPermission(error, `create an issue in ${label(repo)}`, ISSUES_WRITE);
      }
    },
    {
      id: 0,
      nodeId: 'DRY_RUN_ISSUE',
      number: 0,
      url: '(dry run: no issue created)',
      title: fields.title,
      body: fields.body,
      state: 'open',
      stateReason: null,
      closedAt: null,
      author: null,
      authorId: null,
      labels: fields.labels,
      assignees: fields.assignees,
      milestone: null,
    },
  );
}

/** Sends only the fields given; the caller decides what changed. */
export async function updateIssue(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  existing: Issue,
  changes: Partial<IssueFields>,
): Promise<Issue> {
  return writes.write(
    {
      action: 'update issue',
      target: label(repo, existing.number),
      summary: fieldsSummary(changes) || 'body',
      ...(changes.body === undefined ? {} : { body: changes.body }),
    },
    async () => {
      try {
        const { data } = await github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          owner: repo.owner,
          repo: repo.name,
          issue_number: existing.number,
          ...changes,
        });
        return toIssue(data as unknown as RawIssue);
      } catch (error) {
        throw explainPermission(error, `update ${label(repo, existing.number)}`, ISSUES_WRITE);
      }
    },
    { ...existing, ...changes, milestone: existing.milestone },
  );
}

export async function listIssueComments(
  github: GitHub,
  repo: RepoRef,
  number: number,
): Promise<IssueComment[]> {
  const raw = (await github.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: repo.owner,
    repo: repo.name,
    issue_number: number,
    per_page: 100,
  })) as unknown as {
    id: number;
    body?: string;
    user: { login: string; id: number } | null;
    created_at: string;
  }[];
  return raw.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? null,
    authorId: c.user?.id ?? null,
    createdAt: c.created_at,
  }));
}

export async function addIssueComment(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<{ id: number; url: string }> {
  return writes.write(
    {
      action: 'comment on issue',
      target: label(repo, number),
      summary: body.split('\n')[0]?.slice(0, 100) ?? '',
      body,
    },
    async () => {
      try {
        const { data } = await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: repo.owner,
          repo: repo.name,
          issue_number: number,
          body,
        });
        return { id: Number(data.id), url: data.html_url };
      } catch (error) {
        throw explainPermission(error, `comment on ${label(repo, number)}`, ISSUES_WRITE);
      }
    },
    { id: 0, url: '(dry run: no comment created)' },
  );
}
