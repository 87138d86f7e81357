/**
 * The commits of a long compare read as windows of the head's history in GraphQL, not as compare pages.
 *
 * Why: a GITHUB_TOKEN has 1,000 REST requests and 1,000 GraphQL points an hour per repository. A compare page
 * holds at most 100 commits, so 25,000 commits cost 250 REST requests. GitHub prices a GraphQL query by the
 * connections it asks for, one request each at the top of the query (100 for one nested under a page of 100),
 * summed, divided by 100 and rounded, at least 1 point
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api). So 40
 * windows of `history(since:, until:, first: 100)`, aliased in one query, cost 1 point for up to 4,000
 * commits. The same 25,000 commits then cost a few points and 2 REST requests.
 *
 * The windows read the head's history by commit date. The compare set is the commits the head has and the
 * base has not. The two are the same when commit dates follow the history (a squash or rebase workflow).
 * They differ when a merged branch brings commits dated before the base, or a clock was skewed. The caller
 * therefore checks the union against compare's `total_commits` and reads the compare pages when it differs.
 *
 * A window that returns a full page is narrowed: what is left of it (from its start to its oldest commit read)
 * is split again by time, sized by its `totalCount`. Commits of one second (a rebase stamps a whole branch at
 * once) cannot be split by time and are paged with the window's cursor instead.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { graphqlQuery } from './graphql.ts';
import { BULK_IN_FLIGHT, mapBulk, ms } from './util.ts';

/** Windows aliased in one query at most: 40 top-level connections price at 40 / 100, rounded, at least 1 point. */
export const WINDOWS_PER_QUERY = 40;
/**
 * Queries a round is spread over at least (when it has that many windows): GitHub takes longer to answer the
 * more commits a query returns, so one query of 40 windows would take as long as 40 pages read one after
 * another. Spread over the client's bulk slots they come back about as fast as parallel compare pages.
 */
export const PARALLEL_QUERIES = BULK_IN_FLIGHT;
/** Commits a window is planned to hold, below the page of 100, so uneven days rarely overflow. */
export const PLANNED_PER_WINDOW = 80;
const PAGE = 100;
/** Rounds of narrowing before giving up on the windows (the caller then reads compare pages). */
const MAX_ROUNDS = 30;
const SECOND = 1000;

export interface HistoryCommit {
  oid: string;
  url: string;
  message: string;
  authoredDate: string;
  committedDate: string;
  author: { user: { login: string } | null } | null;
}

/** A span of commit times, both ends included, whole seconds; `until` null: no upper end. */
export interface Window {
  since: number;
  until: number | null;
  /** Continue the window's own pages from here (commits of one second that do not fit a page). */
  after: string | null;
}

interface WindowPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: HistoryCommit[];
}

/**
 * Whether windows take fewer requests than compare pages for a compare of `total` commits: pages 2 and on
 * against the tag's commit and the queries for the commits after page 1.
 */
export function windowsPayOff(total: number): boolean {
  const rest = Math.max(0, total - PAGE);
  return Math.ceil(total / PAGE) > 2 + queriesFor(Math.ceil(rest / PLANNED_PER_WINDOW));
}

/** The queries `windows` windows are asked in: as few as WINDOWS_PER_QUERY allows, but PARALLEL_QUERIES at least. */
export function queriesFor(windows: number): number {
  return Math.max(Math.ceil(windows / WINDOWS_PER_QUERY), Math.min(windows, PARALLEL_QUERIES));
}

/** `items` dealt, in order, into `count` batches whose sizes differ by one at most. */
function deal<T>(items: readonly T[], count: number): T[][] {
  const n = Math.max(1, Math.min(count, items.length));
  return Array.from({ length: n }, (_, i) =>
    items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)),
  );
}

const floorSecond = (time: number) => Math.floor(time / SECOND) * SECOND;
const timestamp = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * `count` commits expected from `since` on, spread evenly up to `until`: windows of equal length, each planned
 * to hold PLANNED_PER_WINDOW. Adjacent windows share their boundary second (both ends are included), so no
 * commit falls between two; the last window has no upper end.
 */
export function planWindows(since: number, until: number, count: number): Window[] {
  const start = floorSecond(since);
  const n = Math.max(1, Math.ceil(count / PLANNED_PER_WINDOW));
  const width = Math.max(SECOND, Math.ceil((Math.max(until, start) - start) / n / SECOND) * SECOND);
  return Array.from({ length: n }, (_, i) => ({
    since: start + i * width,
    until: i === n - 1 ? null : start + (i + 1) * width,
    after: null,
  }));
}

/**
 * One query asking for each window's page under its own alias (`w0`, `w1`, …), the windows' bounds and cursors
 * as variables (so a log tells one query's windows from another's).
 */
export function windowsQuery(windows: readonly Window[]): {
  query: string;
  variables: Record<string, string>;
} {
  const declared: string[] = [];
  const variables: Record<string, string> = {};
  const aliases = windows.map((w, i) => {
    const args = [`first: ${PAGE}`];
    const bind = (name: string, type: string, argument: string, value: string) => {
      declared.push(`$${name}${i}: ${type}`);
      variables[`${name}${i}`] = value;
      args.push(`${argument}: $${name}${i}`);
    };
    bind('since', 'GitTimestamp!', 'since', timestamp(w.since));
    if (w.until !== null) bind('until', 'GitTimestamp!', 'until', timestamp(w.until));
    if (w.after !== null) bind('after', 'String!', 'after', w.after);
    return `        w${i}: history(${args.join(', ')}) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { ...WindowCommit }
        }`;
  });
  const query = `query HistoryWindows($owner: String!, $name: String!, $head: GitObjectID!, ${declared.join(', ')}) {
  repository(owner: $owner, name: $name) {
    object(oid: $head) {
      ... on Commit {
${aliases.join('\n')}
      }
    }
  }
}

fragment WindowCommit on Commit {
  oid
  url
  message
  authoredDate
  committedDate
  author { user { login } }
}
`;
  return { query, variables };
}

/**
 * What is left to read of a window that returned a full page, as the windows of the next round. The page is
 * its newest commits, so what is left is older: the second of the oldest commit read (some of that second may
 * be unread) as a window of its own, and the time before it split again after what `totalCount` says remains.
 * A window of one second goes on from its cursor instead: time cannot split it.
 */
export function narrow(window: Window, page: WindowPage): Window[] {
  const onward = [{ ...window, after: page.pageInfo.endCursor }];
  if (window.after !== null || page.nodes.length === 0) return onward;
  const oldest = floorSecond(Math.min(...page.nodes.map((c) => ms(c.committedDate))));
  if (oldest <= window.since) return onward;
  const before = oldest - SECOND;
  const left = Math.max(1, page.totalCount - page.nodes.length);
  const earlier = planWindows(window.since, before, left).map((w) => ({
    ...w,
    until: w.until === null ? before : Math.min(w.until, before),
  }));
  return [...earlier.filter((w) => w.since <= before), { since: oldest, until: oldest, after: null }];
}

/**
 * Every commit of the head's history dated from the first window's start on, in the order they arrived (a
 * page is newest first, a window's later pages and narrower windows older), duplicates on shared boundary
 * seconds included; or null when the windows did not settle within MAX_ROUNDS.
 */
export async function readHistoryWindows(
  github: GitHub,
  repo: RepoRef,
  head: string,
  windows: readonly Window[],
): Promise<HistoryCommit[] | null> {
  const found: HistoryCommit[] = [];
  let pending = [...windows];
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) return null;
    const batches = deal(pending, queriesFor(pending.length));
    const answers = await mapBulk(github, batches, async (batch) => {
      const { query, variables } = windowsQuery(batch);
      const data = await graphqlQuery<{
        repository: { object: Record<string, WindowPage> | null } | null;
      }>(github, query, { ...variables, owner: repo.owner, name: repo.name, head });
      const object = data.repository?.object;
      if (!object) throw new Error(`The commit ${head} of ${repo.owner}/${repo.name} was not found.`);
      return batch.map((window, i) => ({ window, page: object[`w${i}`] as WindowPage }));
    });
    pending = [];
    for (const { window, page } of answers.flat()) {
      found.push(...page.nodes);
      if (page.pageInfo.hasNextPage) pending.push(...narrow(window, page));
    }
  }
  return found;
}
