/**
 * What changed: commits (compare API, pages fetched in parallel once the first page gives the total) and
 * merged pull requests (one GraphQL query a page, matched to the release by merge commit). Requests grow with
 * commits/100 + pull requests/100, never with one request per commit or per pull request.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import pullRequestsQuery from '../github/graphql/ReleasePullRequests.graphql';
import pullRequestsWithFilesQuery from '../github/graphql/ReleasePullRequestsWithFiles.graphql';
import { graphqlPages } from './graphql.ts';
import { type HistoryCommit, planWindows, readHistoryWindows, windowsPayOff } from './history-windows.ts';
import { trainReleases } from './releases.ts';
import type { ChangesData, CommitFact, PullRequestFact, ReleaseTrain } from './types.ts';
import { actorLogin, firstLine, getJson, mapBulk, ms, people } from './util.ts';

const PER_PAGE = 100;

interface RestCommit {
  sha: string;
  html_url: string;
  commit: {
    message: string;
    author?: { date?: string; name?: string } | null;
    committer?: { date?: string } | null;
  };
  author?: { login: string; type?: string } | null;
}

interface CompareResponse {
  total_commits: number;
  commits: RestCommit[];
}

export function isRevertTitle(text: string): boolean {
  return /^Revert\b/i.test(text.trim());
}

export function isRevertMessage(message: string): boolean {
  return isRevertTitle(firstLine(message)) || /This reverts commit [0-9a-f]{7,40}/i.test(message);
}

/** A commit as the collectors keep it: a CommitFact before it is attributed to a tag. */
type CompactCommit = Omit<CommitFact, 'releaseTag'>;

function compact(c: RestCommit): CompactCommit {
  return {
    sha: c.sha,
    headline: firstLine(c.commit.message),
    author: c.author?.login ?? null,
    authoredAt: c.commit.author?.date ?? c.commit.committer?.date ?? '',
    url: c.html_url,
    isRevert: isRevertMessage(c.commit.message),
  };
}

function fromHistory(c: HistoryCommit): CompactCommit {
  return {
    sha: c.oid,
    headline: firstLine(c.message),
    // GraphQL links a commit to a user account only (a bot's commits have none); REST also names bots. The
    // collectors count people, not bots, so the two agree on what is used.
    author: c.author?.user?.login ?? null,
    authoredAt: c.authoredDate,
    url: c.url,
    isRevert: isRevertMessage(c.message),
  };
}

/** The commit a tag (or any ref) points at, peeled: the `sha` media type answers the SHA alone, no diff. */
async function commitOf(github: GitHub, repo: RepoRef, ref: string): Promise<string> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner: repo.owner,
    repo: repo.name,
    ref,
    headers: { accept: 'application/vnd.github.sha' },
  });
  // GitHub answers the media type as text; without a charset, octokit hands back an ArrayBuffer.
  const body: unknown = data;
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body as ArrayBuffer);
  const sha = text.trim();
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`GitHub did not answer ${ref} with a commit SHA.`);
  return sha;
}

interface ComparePage {
  total_commits: number;
  commits: CompactCommit[];
  /** The latest committer date on the page, in ms. */
  latestCommittedMs: number;
}

/**
 * The commits after compare's first page, read as windows of the head's history from that page's latest
 * commit date on; null when they are not exactly the compare set (their number differs from compare's total),
 * and the caller reads compare pages instead.
 */
async function laterCommitsByWindows(
  github: GitHub,
  repo: RepoRef,
  head: string,
  first: ComparePage,
  headAt: string,
): Promise<CompactCommit[] | null> {
  const sha = await commitOf(github, repo, head);
  const since = first.latestCommittedMs;
  const expected = first.total_commits - first.commits.length;
  const read = await readHistoryWindows(
    github,
    repo,
    sha,
    planWindows(since, Math.max(ms(headAt), since), expected),
  );
  if (!read) return null;
  const known = new Set(first.commits.map((c) => c.sha));
  const later = new Map<string, { commit: HistoryCommit; seq: number }>();
  read.forEach((commit, seq) => {
    if (!known.has(commit.oid) && !later.has(commit.oid)) later.set(commit.oid, { commit, seq });
  });
  if (later.size !== expected) return null;
  // Oldest first, as compare lists them; within one second, what arrived later is older (pages are newest
  // first). The tag's own commit closes the segment whatever its date.
  const ordered = [...later.values()]
    .sort((a, b) => ms(a.commit.committedDate) - ms(b.commit.committedDate) || b.seq - a.seq)
    .map((x) => fromHistory(x.commit));
  const tip = ordered.findIndex((c) => c.sha === sha);
  if (tip >= 0) ordered.push(...ordered.splice(tip, 1));
  return ordered;
}

/**
 * All commits of base...head, oldest first: page 1 tells the total; the other pages are fetched in parallel,
 * or, when that takes fewer requests, read as history windows at a few GraphQL points instead of a REST request a
 * page (falling back to the pages when the windows do not match the compare set).
 */
async function compareAll(github: GitHub, repo: RepoRef, base: string, head: string, headAt: string) {
  // Each page is reduced to facts as it arrives, so the full commit objects (~2 kB each) do not pile up.
  const fetchPage = async (page: number): Promise<ComparePage> => {
    const { data } = await getJson<CompareResponse>(github, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: repo.owner,
      repo: repo.name,
      basehead: `${base}...${head}`,
      per_page: PER_PAGE,
      page,
    });
    return {
      total_commits: data.total_commits,
      commits: data.commits.map(compact),
      latestCommittedMs: Math.max(
        Number.NEGATIVE_INFINITY,
        ...data.commits.map((c) => ms(c.commit.committer?.date ?? c.commit.author?.date ?? '')),
      ),
    };
  };
  const first = await fetchPage(1);
  const pages = Math.ceil(first.total_commits / PER_PAGE);
  if (windowsPayOff(first.total_commits) && Number.isFinite(first.latestCommittedMs)) {
    // The windows only save requests. When GitHub keeps failing them (a history walk past its 10-second
    // limit answers 502 after the client's retries), the run loses the points spent, not its commits: the
    // pages are read instead, and an error that stops them too (a rate limit, a lost permission) surfaces there.
    const later = await laterCommitsByWindows(github, repo, head, first, headAt).catch(() => null);
    if (later) return { total: first.total_commits, commits: [...first.commits, ...later] };
  }
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    fetchPage,
  );
  const commits = [first, ...rest].flatMap((p) => p.commits);
  return { total: first.total_commits, commits };
}

/**
 * A first release has no base to compare with: its history up to the tag is its change set. Page 1's `Link`
 * header names the last page, so the others are fetched in parallel.
 */
async function historyUpTo(github: GitHub, repo: RepoRef, head: string) {
  const fetchPage = (page: number) =>
    getJson<RestCommit[]>(github, 'GET /repos/{owner}/{repo}/commits', {
      owner: repo.owner,
      repo: repo.name,
      sha: head,
      per_page: PER_PAGE,
      page,
    });
  const first = await fetchPage(1);
  const last = /[?&]page=(\d+)[^>]*>;\s*rel="last"/.exec(String(first.headers.link ?? ''));
  const pages = last ? Number(last[1]) : 1;
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    async (page) => (await fetchPage(page)).data,
  );
  const commits = [first.data, ...rest].flat().map(compact).reverse();
  return { total: commits.length, commits };
}

export interface CommitSet {
  commits: CommitFact[];
  totalCommits: number;
  /** The head commit of each train tag's segment. */
  tagCommits: Record<string, string>;
}

/**
 * Commits of the train, each attributed to the first train release containing it: previous...release, then
 * release...hotfix1, hotfix1...hotfix2. The segments are independent, so they are fetched in parallel.
 */
export async function collectCommits(github: GitHub, repo: RepoRef, train: ReleaseTrain): Promise<CommitSet> {
  const releases = trainReleases(train);
  const segments = await Promise.all(
    releases.map((release, i) => {
      const base = i === 0 ? (train.previous?.tag ?? null) : (releases[i - 1]?.tag as string);
      return base === null
        ? historyUpTo(github, repo, release.tag)
        : compareAll(github, repo, base, release.tag, release.createdAt);
    }),
  );
  const seen = new Set<string>();
  const commits: CommitFact[] = [];
  const tagCommits: Record<string, string> = {};
  let totalCommits = 0;
  segments.forEach((segment, i) => {
    const tag = releases[i]?.tag as string;
    totalCommits += segment.total;
    const head = segment.commits.at(-1);
    if (head) tagCommits[tag] = head.sha;
    for (const c of segment.commits) {
      if (seen.has(c.sha)) continue;
      seen.add(c.sha);
      commits.push({ ...c, releaseTag: tag });
    }
  });
  return { commits, totalCommits, tagCommits };
}

interface GqlActor {
  __typename?: string;
  login: string;
}

interface GqlPullRequest {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  additions: number;
  deletions: number;
  changedFiles: number;
  author: GqlActor | null;
  mergeCommit: { oid: string } | null;
  labels: { nodes: { name: string }[] } | null;
  reviews: {
    totalCount: number;
    nodes: { author: GqlActor | null; state: string; submittedAt: string | null }[];
  } | null;
  commits: { nodes: { commit: { authoredDate: string; committedDate: string } }[] };
  /** Only when the query asks for files (a monorepo's release line). */
  files?: { totalCount: number; nodes: { path: string }[] } | null;
}

interface PullRequestsPage {
  repository: {
    pullRequests: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: GqlPullRequest[] };
  };
}

function pullRequestFact(pr: GqlPullRequest, releaseTag: string): PullRequestFact {
  const author = actorLogin(pr.author);
  const reviewers = people(
    (pr.reviews?.nodes ?? []).map((r) => actorLogin(r.author)).filter((login) => login !== author),
  );
  return {
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author,
    labels: (pr.labels?.nodes ?? []).map((l) => l.name),
    createdAt: pr.createdAt,
    firstCommitAt: pr.commits.nodes[0]?.commit.authoredDate ?? null,
    mergedAt: pr.mergedAt as string,
    mergeCommitSha: pr.mergeCommit?.oid ?? null,
    additions: pr.additions,
    deletions: pr.deletions,
    changedFiles: pr.changedFiles,
    reviewCount: pr.reviews?.totalCount ?? 0,
    reviewers,
    isRevert: isRevertTitle(pr.title),
    releaseTag,
    ...(pr.files
      ? {
          paths: pr.files.nodes.map((f) => f.path),
          pathsTruncated: pr.files.totalCount > pr.files.nodes.length,
        }
      : {}),
  };
}

/**
 * Merged pull requests whose merge commit is one of the train's commits. Paged newest-updated first; a pull
 * request merged after `since` (the previous release's tag commit) was also updated after it, so paging stops
 * at the first page reaching past `since`. For a first release (no `since`) every merged pull request is read.
 */
export async function collectPullRequests(
  github: GitHub,
  repo: RepoRef,
  shaToTag: ReadonlyMap<string, string> | Promise<ReadonlyMap<string, string>>,
  since: string | null,
  options: { withFiles?: boolean } = {},
): Promise<PullRequestFact[]> {
  const merged: GqlPullRequest[] = [];
  const sinceMs = since ? ms(since) : Number.NEGATIVE_INFINITY;
  const pages = graphqlPages<PullRequestsPage>(
    github,
    options.withFiles ? pullRequestsWithFilesQuery : pullRequestsQuery,
    { owner: repo.owner, name: repo.name },
    (p) => p.repository.pullRequests,
  );
  // Paging does not wait for the commits: the chain of pages is the longest in a collection.
  for await (const page of pages) {
    const nodes = page.repository.pullRequests.nodes;
    merged.push(...nodes.filter((pr) => pr.mergedAt && pr.mergeCommit));
    const oldest = nodes.at(-1);
    if (!oldest || ms(oldest.updatedAt) < sinceMs) break;
  }
  const tags = await shaToTag;
  const found: PullRequestFact[] = [];
  for (const pr of merged) {
    const tag = tags.get(pr.mergeCommit?.oid ?? '');
    if (tag) found.push(pullRequestFact(pr, tag));
  }
  return found.sort((a, b) => ms(a.mergedAt) - ms(b.mergedAt) || a.number - b.number);
}

const commitAuthors = new WeakMap<CommitSet, string[]>();

/**
 * The people who authored a commit set's commits, computed once a set. The collection asks as soon as the
 * commits are in, while the pull-request pages are still being read, so `changesFrom` does not do it after the
 * last page: over thousands of commits, with ICU's collator built on its first comparison, it was 11–13 ms of a
 * cold run's tail.
 */
export function commitAuthorsOf(commitSet: CommitSet): string[] {
  let authors = commitAuthors.get(commitSet);
  if (!authors) {
    authors = people(commitSet.commits.map((c) => c.author));
    commitAuthors.set(commitSet, authors);
  }
  return authors;
}

export function changesFrom(commitSet: CommitSet, pullRequests: PullRequestFact[]): ChangesData {
  const reverts: ChangesData['reverts'] = [
    ...pullRequests
      .filter((pr) => pr.isRevert)
      .map((pr) => ({ kind: 'pull-request' as const, ref: `#${pr.number}`, title: pr.title, url: pr.url })),
    ...commitSet.commits
      .filter((c) => c.isRevert && !pullRequests.some((pr) => pr.isRevert && pr.mergeCommitSha === c.sha))
      .map((c) => ({ kind: 'commit' as const, ref: c.sha.slice(0, 7), title: c.headline, url: c.url })),
  ];
  return {
    pullRequests,
    commits: commitSet.commits,
    totalCommits: commitSet.totalCommits,
    // The same as people() over every commit's and pull request's author: people() keeps the first spelling.
    contributors: people([...commitAuthorsOf(commitSet), ...pullRequests.map((pr) => pr.author)]),
    reverts,
    tagCommits: commitSet.tagCommits,
  };
}
