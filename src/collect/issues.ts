/**
 * Incidents, bugs and feedback: issues carrying the configured labels, opened in the observation window.
 * One GraphQL listing for all the labels (its `labels` filter is an OR), newest first, stopping at the window's
 * start. Each issue is linked to the release by what it mentions: a train tag, a pull request number or a commit.
 */
import type { Config } from '../config/load.ts';
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import issuesQuery from '../github/graphql/ReleaseIssues.graphql';
import { graphqlPages } from './graphql.ts';
import type { Evidence, IssueFact, ReleaseRef, Section } from './types.ts';
import { actorLogin, ms } from './util.ts';

interface GqlIssue {
  number: number;
  title: string;
  body: string | null;
  url: string;
  state: string;
  createdAt: string;
  closedAt: string | null;
  author: { __typename?: string; login: string } | null;
  assignees: { nodes: { login: string }[] } | null;
  labels: { nodes: { name: string }[] } | null;
}

interface IssuesPage {
  repository: {
    labels: { totalCount: number; nodes: { name: string }[] } | null;
    issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: GqlIssue[] };
  };
}

/** What an issue can name to tie it to the release. */
export interface LinkTargets {
  releases: ReleaseRef[];
  pullRequests: { number: number; url: string }[];
  commits: { sha: string; url: string }[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each target is, by what a text can name: pull requests by number, commits by their first 7 hex digits.
 * Built once per list, kept by the list itself: every issue of a release is checked against the same thousands
 * of pull requests and commits (scanning them all for each issue took about 0.4 s for 300 issues at 5,000 pull
 * requests, 20 ms with the index), and the users' voice checks its issues against the same lists again. The
 * collected lists are not changed after the collection.
 */
type Positions<K> = Map<K, number[]>;
const pullRequestsByNumber = new WeakMap<readonly unknown[], Positions<number>>();
const commitsByPrefix = new WeakMap<readonly unknown[], Positions<string>>();

function positionsBy<T, K>(
  cache: WeakMap<readonly unknown[], Positions<K>>,
  list: readonly T[],
  key: (item: T) => K,
): Positions<K> {
  const known = cache.get(list);
  if (known) return known;
  const index: Positions<K> = new Map();
  list.forEach((item, at) => {
    const k = key(item);
    const found = index.get(k);
    if (found) found.push(at);
    else index.set(k, [at]);
  });
  cache.set(list, index);
  return index;
}

/** Positions, ascending and once each, so evidence keeps the order of the targets. */
const inOrder = (positions: Iterable<number>) => [...new Set(positions)].sort((a, b) => a - b);

/** What a text names that can tie it to a release: pull request numbers and commit SHAs (tags are matched later). */
export interface Mentions {
  text: string;
  numbers: number[];
  hexes: string[];
}

/**
 * Reads a text's mentions once, before the targets are known: issues arrive long before the last page of pull
 * requests, so this runs while that chain is still waiting, not after it.
 */
export function mentionsIn(text: string): Mentions {
  return {
    text,
    numbers: [...new Set([...text.matchAll(/(?:#|\/pull\/)(\d+)\b/g)].map((m) => Number(m[1])))],
    hexes: [...text.matchAll(/\b[0-9a-f]{7,40}\b/gi)].map((m) => m[0].toLowerCase()),
  };
}

const nodeMentions = new WeakMap<object, Mentions>();

/**
 * The mentions in an issue's title and body, read once an issue: the users' voice reads them when its search
 * answers, before the release's changes are in (src/retro/open/outside.ts), and links them after.
 */
export function issueMentions(issue: { title: string; body?: string | null }): Mentions {
  let mentions = nodeMentions.get(issue);
  if (!mentions) {
    mentions = mentionsIn(`${issue.title}\n${issue.body ?? ''}`);
    nodeMentions.set(issue, mentions);
  }
  return mentions;
}

export function linkEvidence(text: string, targets: LinkTargets): Evidence[] {
  return evidenceFor(mentionsIn(text), targets);
}

export function evidenceFor(mentions: Mentions, targets: LinkTargets): Evidence[] {
  const evidence: Evidence[] = [];
  for (const release of targets.releases) {
    if (new RegExp(`(^|[^\\w.-])${escapeRegExp(release.tag)}(?![\\w-]|\\.\\d)`).test(mentions.text)) {
      evidence.push({ label: `mentions ${release.tag}`, url: release.url });
    }
  }
  const byNumber = positionsBy(pullRequestsByNumber, targets.pullRequests, (pr) => pr.number);
  for (const at of inOrder(mentions.numbers.flatMap((n) => byNumber.get(n) ?? []))) {
    const pr = targets.pullRequests[at] as LinkTargets['pullRequests'][number];
    evidence.push({ label: `mentions #${pr.number}`, url: pr.url });
  }
  const byPrefix = positionsBy(commitsByPrefix, targets.commits, (c) => c.sha.slice(0, 7));
  const named = mentions.hexes.flatMap((h) =>
    (byPrefix.get(h.slice(0, 7)) ?? []).filter((at) => targets.commits[at]?.sha.startsWith(h)),
  );
  for (const at of inOrder(named)) {
    const commit = targets.commits[at] as LinkTargets['commits'][number];
    evidence.push({ label: `mentions commit ${commit.sha.slice(0, 7)}`, url: commit.url });
  }
  return evidence;
}

function issueFact(i: GqlIssue, mentions: Mentions, severityPrefix: string, targets: LinkTargets): IssueFact {
  const labels = (i.labels?.nodes ?? []).map((l) => l.name);
  return {
    number: i.number,
    title: i.title,
    url: i.url,
    labels,
    state: i.state.toUpperCase() === 'CLOSED' ? 'closed' : 'open',
    createdAt: i.createdAt,
    closedAt: i.closedAt,
    author: actorLogin(i.author),
    assignees: (i.assignees?.nodes ?? []).map((a) => a.login),
    severity: severityPrefix ? (labels.find((l) => l.startsWith(severityPrefix)) ?? null) : null,
    linkedBy: evidenceFor(mentions, targets),
  };
}

export type IssueKind = 'incident' | 'bug' | 'feedback';

export interface IssueScope {
  window: { from: string; to: string };
  labels: Config['labels'];
  /** Resolved after the listing, so issues are fetched in parallel with the changes they are linked to. */
  targets: LinkTargets | Promise<LinkTargets>;
}

const KIND_KEY: Record<IssueKind, 'incident' | 'bug' | 'feedback'> = {
  incident: 'incident',
  bug: 'bug',
  feedback: 'feedback',
};

/**
 * The three issue sections from one listing. A kind with no configured label, or whose labels do not exist
 * in the repository, is unavailable with a hint; the others are ok (an empty list is a real zero).
 */
export async function collectIssues(
  github: GitHub,
  repo: RepoRef,
  scope: IssueScope,
): Promise<Record<IssueKind, Section<IssueFact[]>>> {
  const kinds: IssueKind[] = ['incident', 'bug', 'feedback'];
  const configured = new Map(kinds.map((kind) => [kind, scope.labels[KIND_KEY[kind]]]));
  const all = [...new Set([...configured.values()].flat())];
  const raw: GqlIssue[] = [];
  let existing: Set<string> | null = null;
  if (all.length > 0) {
    const from = ms(scope.window.from);
    const to = ms(scope.window.to);
    const pages = graphqlPages<IssuesPage>(
      github,
      issuesQuery,
      {
        owner: repo.owner,
        name: repo.name,
        labels: all,
        since: scope.window.from,
      },
      (p) => p.repository.issues,
    );
    for await (const page of pages) {
      const labels = page.repository.labels;
      // Only a complete list can prove a label missing.
      if (existing === null && labels && labels.totalCount <= labels.nodes.length) {
        existing = new Set(labels.nodes.map((l) => l.name.toLowerCase()));
      }
      const nodes = page.repository.issues.nodes;
      raw.push(...nodes.filter((i) => ms(i.createdAt) >= from && ms(i.createdAt) <= to));
      const oldest = nodes.at(-1);
      if (!oldest || ms(oldest.createdAt) < from) break;
    }
  }
  for (const issue of raw) issueMentions(issue);
  const targets = await scope.targets;
  const result = {} as Record<IssueKind, Section<IssueFact[]>>;
  for (const kind of kinds) {
    const names = configured.get(kind) ?? [];
    const present = existing === null ? names : names.filter((l) => existing?.has(l.toLowerCase()));
    if (names.length === 0) {
      result[kind] = {
        status: 'unavailable',
        reason: `No ${kind} labels are configured.`,
        hint: `Set labels.${kind} in .github/release-retro.yml to the labels your ${kind} issues carry.`,
      };
      continue;
    }
    if (present.length === 0) {
      const quoted = names.map((l) => `"${l}"`).join(', ');
      result[kind] = {
        status: 'unavailable',
        reason: `The ${kind} label${names.length > 1 ? 's' : ''} ${quoted} ${names.length > 1 ? 'do' : 'does'} not exist in ${repo.owner}/${repo.name}.`,
        hint: `Create the label and put it on ${kind} issues, or set labels.${kind} in .github/release-retro.yml to the labels you use.`,
      };
      continue;
    }
    const wanted = new Set(present.map((l) => l.toLowerCase()));
    const facts = raw
      .filter((i) => (i.labels?.nodes ?? []).some((l) => wanted.has(l.name.toLowerCase())))
      .map((i) => issueFact(i, issueMentions(i), scope.labels.severityPrefix, targets))
      .sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.number - b.number);
    result[kind] = { status: 'ok', data: facts };
  }
  return result;
}
