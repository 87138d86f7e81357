/** Builders for the GitHub responses the collectors read, so each test states only what matters to it. */
import { createHash } from 'node:crypto';
import type nock from 'nock';
import { type ClientOptions, createGitHubClient } from '../../src/github/client.ts';

export const API = 'https://api.github.com';
export const repo = { owner: 'acme', name: 'shop' };

export const client = (options: Partial<ClientOptions> = {}) =>
  createGitHubClient({ token: 't', apiUrl: API, log: { debug() {}, warning() {} }, ...options });

export const sha = (n: number | string) => createHash('sha1').update(String(n)).digest('hex');

export function restCommit(id: number | string, message: string, author: string, date: string) {
  return {
    sha: sha(id),
    html_url: `https://github.com/acme/shop/commit/${sha(id)}`,
    commit: { message, author: { name: author, date }, committer: { date } },
    author: { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
    parents: [],
  };
}

export function gqlPull(
  n: number,
  mergeSha: string,
  at: { created: string; merged: string; updated?: string; firstCommit?: string },
  extra: Record<string, unknown> = {},
) {
  return {
    number: n,
    title: `Change ${n}`,
    url: `https://github.com/acme/shop/pull/${n}`,
    createdAt: at.created,
    updatedAt: at.updated ?? at.merged,
    mergedAt: at.merged,
    additions: 10,
    deletions: 2,
    changedFiles: 1,
    author: { __typename: 'User', login: 'sam' },
    mergeCommit: { oid: mergeSha },
    labels: { nodes: [{ name: 'enhancement' }] },
    reviews: {
      totalCount: 2,
      nodes: [
        { state: 'APPROVED', submittedAt: at.merged, author: { __typename: 'User', login: 'lee' } },
        { state: 'COMMENTED', submittedAt: at.merged, author: { __typename: 'Bot', login: 'copilot' } },
      ],
    },
    commits: {
      nodes: [{ commit: { authoredDate: at.firstCommit ?? at.created, committedDate: at.created } }],
    },
    ...extra,
  };
}

export function gqlDeployment(
  id: number,
  env: string,
  commit: string,
  ref: string,
  createdAt: string,
  statuses: [string, string][],
  creator = 'github-actions',
) {
  return {
    databaseId: id,
    environment: env,
    commitOid: commit,
    createdAt,
    description: null,
    ref: { name: ref },
    creator: { __typename: creator === 'github-actions' ? 'Bot' : 'User', login: creator },
    statuses: {
      totalCount: statuses.length,
      nodes: statuses.map(([state, at]) => ({ state, createdAt: at, description: null, logUrl: null })),
    },
  };
}

export function gqlIssue(
  n: number,
  labels: string[],
  createdAt: string,
  extra: Record<string, unknown> = {},
) {
  return {
    number: n,
    title: `Issue ${n}`,
    body: null,
    url: `https://github.com/acme/shop/issues/${n}`,
    state: 'CLOSED',
    createdAt,
    closedAt: null,
    author: { __typename: 'User', login: 'kim' },
    assignees: { nodes: [] },
    labels: { nodes: labels.map((name) => ({ name })) },
    ...extra,
  };
}

/** A ReleaseIssues page: the repository's labels ride along on every page. */
export function issuesPage(
  labels: string[],
  nodes: unknown[],
  hasNextPage = false,
  endCursor: string | null = null,
) {
  return {
    repository: {
      labels: { totalCount: labels.length, nodes: labels.map((name) => ({ name })) },
      issues: page(nodes, hasNextPage, endCursor),
    },
  };
}

export function restRun(
  id: number,
  branch: string,
  headSha: string,
  createdAt: string,
  conclusion: string,
  attempt = 1,
  minutes = 5,
) {
  return {
    id,
    name: branch.startsWith('v') ? 'Release' : 'CI',
    event: 'push',
    head_branch: branch,
    head_sha: headSha,
    status: 'completed',
    conclusion,
    created_at: createdAt,
    run_started_at: createdAt,
    updated_at: new Date(Date.parse(createdAt) + minutes * 60_000).toISOString(),
    run_attempt: attempt,
    html_url: `https://github.com/acme/shop/actions/runs/${id}`,
  };
}

/** Intercepts one GraphQL operation (by name) and answers it. */
export function graphql(
  scope: nock.Scope,
  operation: string,
  data: unknown,
  check?: (variables: Record<string, unknown>) => boolean,
) {
  return scope
    .post(
      '/graphql',
      (body: { query: string; variables: Record<string, unknown> }) =>
        body.query.includes(`query ${operation}`) && (check ? check(body.variables) : true),
    )
    .reply(200, { data });
}

export const page = <T>(nodes: T[], hasNextPage = false, endCursor: string | null = null) => ({
  pageInfo: { hasNextPage, endCursor },
  nodes,
});
