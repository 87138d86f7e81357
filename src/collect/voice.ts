/**
 * The users' voice beyond release reactions and feedback-labelled issues: discussions opened in the configured
 * categories (Q&A, Ideas…) during the observation period, and issues opened in the period that mention the
 * release (a train tag, one of its pull requests or commits). One GraphQL request for both, started with the
 * other sources; `voiceFrom` joins it with the release's changes once they are known. Each search returns 100
 * results at most: what lies beyond is counted and said, never silently dropped.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import voiceDoc from '../github/graphql/ReleaseVoice.graphql';
import { section } from './errors.ts';
import { evidenceFor, issueMentions, type LinkTargets } from './issues.ts';
import type { Evidence, Section } from './types.ts';

export interface VoiceItem {
  kind: 'discussion' | 'issue';
  number: number;
  title: string;
  url: string;
  author: string | null;
  createdAt: string;
  /** The discussion's category name (null for an issue). */
  category: string | null;
  /** All reactions, every content counted. */
  reactions: number;
  /** Top-level comments. */
  comments: number;
  /** For an issue: what of the release it mentions. */
  linkedBy: Evidence[];
}

export interface VoiceData {
  window: { from: string; to: string };
  /** The configured categories; null when discussions are not read. */
  categories: string[] | null;
  discussions: VoiceItem[];
  /** Configured categories the repository does not have. */
  missingCategories: string[];
  /** Discussions opened in the period (every category) and how many of them were read. */
  discussionsInWindow: number;
  discussionsRead: number;
  /** Whether mentioning issues are read. */
  withIssues: boolean;
  issues: VoiceItem[];
  /** Issues opened in the period and how many of them were read and checked for mentions. */
  issuesInWindow: number;
  issuesRead: number;
}

interface Groups {
  reactionGroups: { content: string; reactors: { totalCount: number } }[] | null;
}
interface RawDiscussion extends Groups {
  number?: number;
  title: string;
  url: string;
  createdAt: string;
  author: { login: string } | null;
  category: { name: string; slug: string } | null;
  comments: { totalCount: number };
}
interface RawIssue extends Groups {
  number?: number;
  title: string;
  body: string | null;
  url: string;
  createdAt: string;
  author: { login: string } | null;
  comments: { totalCount: number };
}
export interface RawVoice {
  repository?: { discussionCategories: { nodes: { name: string; slug: string }[] } } | null;
  discussions?: { discussionCount: number; nodes: RawDiscussion[] } | null;
  issues?: { issueCount: number; nodes: RawIssue[] } | null;
}

export interface VoiceOptions {
  categories: readonly string[];
  mentioningIssues: boolean;
  window: { from: string; to: string };
}

// Discussions need "Discussions" read and issues "Issues" read; the documented block grants both.
const VOICE = {
  name: "the users' voice (discussions and issues)",
  permission: 'discussions: read, issues: read',
};

const reactionsOf = (item: Groups) =>
  (item.reactionGroups ?? []).reduce((sum, g) => sum + g.reactors.totalCount, 0);

/** GitHub's search takes ISO 8601 times in a `created:` range; whole seconds. */
const searchTime = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The search queries of one repository and period. */
function voiceQueries(repo: RepoRef, window: { from: string; to: string }) {
  const scope = `repo:${repo.owner}/${repo.name} created:${searchTime(window.from)}..${searchTime(window.to)} sort:created-desc`;
  return { discussionQuery: scope, issueQuery: `${scope} is:issue` };
}

/** Starts the request; null when neither source is configured (no request at all). */
export function fetchVoice(
  github: GitHub,
  repo: RepoRef,
  options: VoiceOptions,
): Promise<Section<RawVoice>> | null {
  const withDiscussions = options.categories.length > 0;
  if (!withDiscussions && !options.mentioningIssues) return null;
  return section(VOICE, async () => ({
    status: 'ok',
    data: await github.graphql<RawVoice>(voiceDoc, {
      owner: repo.owner,
      name: repo.name,
      ...voiceQueries(repo, options.window),
      withDiscussions,
      withIssues: options.mentioningIssues,
    }),
  }));
}

const matchesCategory = (wanted: string, category: { name: string; slug: string }) =>
  wanted.toLowerCase() === category.slug.toLowerCase() ||
  wanted.toLowerCase() === category.name.toLowerCase();

/** Reads what the voice's issues mention, ahead of `voiceFrom`, which links them once the changes are known. */
export function readVoiceMentions(raw: Section<RawVoice>): void {
  if (raw.status !== 'ok') return;
  for (const issue of raw.data.issues?.nodes ?? [])
    if (typeof issue.number === 'number') issueMentions(issue);
}

/** Keeps what belongs to this release: the configured categories in the period, issues that mention it. */
export function voiceFrom(
  raw: Section<RawVoice>,
  options: VoiceOptions,
  targets: LinkTargets,
): Section<VoiceData> {
  if (raw.status !== 'ok') return raw;
  // GitHub's `created:` range is by the second; the period is exact to the millisecond.
  const inWindow = (at: string) => at >= options.window.from && at <= options.window.to;
  const withDiscussions = options.categories.length > 0;
  const categories = raw.data.repository?.discussionCategories.nodes ?? [];
  // A search can return nodes of other types (and `{}` for them through an inline fragment).
  const discussionNodes = (raw.data.discussions?.nodes ?? []).filter((d) => typeof d.number === 'number');
  const discussions = discussionNodes
    .filter((d) => d.category && options.categories.some((c) => matchesCategory(c, d.category as never)))
    .filter((d) => inWindow(d.createdAt))
    .map(
      (d): VoiceItem => ({
        kind: 'discussion',
        number: d.number as number,
        title: d.title,
        url: d.url,
        author: d.author?.login ?? null,
        createdAt: d.createdAt,
        category: d.category?.name ?? null,
        reactions: reactionsOf(d),
        comments: d.comments.totalCount,
        linkedBy: [],
      }),
    );
  const issueNodes = (raw.data.issues?.nodes ?? []).filter((i) => typeof i.number === 'number');
  const issues = issueNodes.flatMap((i): VoiceItem[] => {
    const linkedBy = evidenceFor(issueMentions(i), targets);
    if (linkedBy.length === 0 || !inWindow(i.createdAt)) return [];
    return [
      {
        kind: 'issue',
        number: i.number as number,
        title: i.title,
        url: i.url,
        author: i.author?.login ?? null,
        createdAt: i.createdAt,
        category: null,
        reactions: reactionsOf(i),
        comments: i.comments.totalCount,
        linkedBy,
      },
    ];
  });
  return {
    status: 'ok',
    data: {
      window: options.window,
      categories: withDiscussions ? [...options.categories] : null,
      discussions,
      missingCategories: withDiscussions
        ? options.categories.filter((c) => !categories.some((cat) => matchesCategory(c, cat)))
        : [],
      discussionsInWindow: raw.data.discussions?.discussionCount ?? 0,
      discussionsRead: discussionNodes.length,
      withIssues: options.mentioningIssues,
      issues,
      issuesInWindow: raw.data.issues?.issueCount ?? 0,
      issuesRead: issueNodes.length,
    },
  };
}
