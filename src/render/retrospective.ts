/**
 * What finalize and remind write: the action item's issue body, retrospective.md, the closing comment and the
 * reminder. Every piece of untrusted text (titles, comment text, logins) is escaped here, before the
 * templates see it; the templates only lay out the pre-escaped pieces.
 */
import { stringify as toYaml } from 'yaml';
import actionItemTemplate from '../../templates/action-item-issue.md.ejs';
import closingTemplate from '../../templates/closing-comment.md.ejs';
import reminderTemplate from '../../templates/reminder-comment.md.ejs';
import retrospectiveTemplate from '../../templates/retrospective.md.ejs';
import type { ActionItem, Priority, RetroState } from '../domain/state.ts';
import { formatValue } from '../domain/units.ts';
import { CANONICAL_UNITS, METRIC_NAMES, SNAPSHOT_KEYS, snapshotValue } from '../metrics/index.ts';
import type { MetricKey } from '../metrics/types.ts';
import { learningLine } from './live.ts';
import {
  escapeBlock,
  escapeInline,
  fitToLimit,
  GITHUB_BODY_LIMIT,
  isGitHubLogin,
  link,
  mention,
  quietMention,
  table,
} from './markdown.ts';
import { renderTemplate } from './templates.ts';

// ---------------------------------------------------------------------------------------------------------
// The issue of an action item

export interface IssueBodyInput {
  tag: string;
  item: ActionItem;
  priority: Priority;
  discussionUrl: string;
  releaseUrl: string;
  /** Raw text from the proposing comment, or null. */
  acceptance: string | null;
}

/** GitHub limits issue titles to 256 characters; one line, no control characters. */
export function issueTitle(title: string): string {
  const oneLine = title
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...oneLine];
  return chars.length <= 256 ? oneLine : `${chars.slice(0, 255).join('')}…`;
}

export function renderIssueBody(input: IssueBodyInput): string {
  const { item } = input;
  return renderTemplate(
    actionItemTemplate,
    {
      title: escapeInline(item.title, { maxLength: 300 }),
      // The owner is mentioned on purpose: the issue is where they are told it is theirs.
      owner: item.owner ? mention(item.owner) : '—',
      due: item.due ?? '—',
      priority: input.priority,
      votes: String(item.votes),
      releaseLink: link(input.tag, input.releaseUrl),
      discussionLink: link(`${input.tag} retrospective`, input.discussionUrl),
      proposer: quietMention(item.proposer),
      sourceLink: link('this comment', item.sourceCommentUrl),
      acceptance: input.acceptance ? escapeBlock(input.acceptance, { maxLength: 3_000 }) : '',
    },
    'templates/action-item-issue.md.ejs',
  ).trim();
}

// ---------------------------------------------------------------------------------------------------------
// retrospective.md

export interface Reflection {
  prompt: string;
  author: string | null;
  body: string;
  url: string;
  votes: number;
}

export interface PromptReflections {
  title: string;
  replies: Reflection[];
}

export interface DocumentItem {
  item: ActionItem;
  priority: Priority;
  issueUrl: string | null;
  issueNumber: number | null;
}

export interface PreviousItemRow {
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  status: string;
  url: string | null;
}

/** Who the record counts, and how many commenters it left out (src/retro/finalize/counted.ts). */
export interface CountedSummary {
  who: string;
  left: number;
}

/** "(counting the team: …; 1 other commenter is not counted, see `record.counts`)". */
export function countedNote(counted: CountedSummary | undefined): string {
  if (!counted) return '';
  const left =
    counted.left > 0
      ? `; ${counted.left} other ${counted.left === 1 ? 'commenter is' : 'commenters are'} not counted (\`record.counts\`)`
      : '';
  return `(counting ${escapeInline(counted.who)}${left})`;
}

export interface RetrospectiveDocumentInput {
  state: RetroState;
  /** Who the participants, reflections and learnings count; absent for a caller that does not filter. */
  counted?: CountedSummary;
  title: string;
  discussionUrl: string;
  releaseUrl: string;
  finalizedAt: string;
  participants: string[];
  prompts: PromptReflections[];
  /** The most-voted reflections across all prompts, best first. */
  topReflections: Reflection[];
  items: DocumentItem[];
  previous: { tag: string; url: string; items: PreviousItemRow[] } | null;
  /** Metric values of the previous retrospective, for a trend column. */
  previousMetrics: Record<string, number> | null;
  /** A user's own template (config.templates.retrospective), or null for the bundled one. */
  template?: { text: string; source: string } | null;
}

/**
 * The metrics stored in the state, each in its canonical unit (the snapshot key names it), shown with that
 * unit; the previous retrospective's value beside it in the same unit. A value whose unit was not recorded
 * (a snapshot from before units were stored) is shown as stored and said so.
 */
export function renderMetricsTable(
  metrics: Record<string, number>,
  previous: Record<string, number> | null,
): string {
  const rows: string[][] = [];
  const known = new Set<string>();
  for (const key of Object.keys(METRIC_NAMES) as MetricKey[]) {
    known.add(SNAPSHOT_KEYS[key]);
    const value = snapshotValue(metrics, key);
    if (value === undefined) continue;
    known.add(key);
    const before = previous ? snapshotValue(previous, key) : undefined;
    const unit = CANONICAL_UNITS[key];
    rows.push([
      escapeInline(METRIC_NAMES[key]),
      formatValue(unit, value),
      before === undefined ? '—' : formatValue(unit, before),
    ]);
  }
  for (const [key, value] of Object.entries(metrics)) {
    if (known.has(key)) continue;
    rows.push([escapeInline(key), `${Math.round(value * 100) / 100} (unit not recorded)`, '—']);
  }
  if (rows.length === 0) return '_No metrics were recorded for this release._';
  return table(['Metric', 'This release', 'Previous retrospective'], rows, ['left', 'right', 'right']);
}

/**
 * A login as a link to its profile: in retrospective.md (a file, where mentions never notify) an owner should
 * read and copy as a plain login, without the zero-width character `quietMention` puts in comments.
 */
export function profileLink(login: string | null, serverUrl: string): string {
  if (!login) return '—';
  return isGitHubLogin(login) ? link(login, `${serverUrl}/${login}`) : quietMention(login);
}

/** The server of a GitHub URL (https://github.com, or a GHES host), for profile links. */
export function serverOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'https://github.com';
  }
}

export function renderItemsTable(
  items: readonly DocumentItem[],
  owner: (login: string | null) => string = quietMention,
): string {
  if (items.length === 0) return '_No action items were decided._';
  const rows = items.map(({ item, priority, issueUrl, issueNumber }) => [
    escapeInline(item.id),
    escapeInline(item.title, { maxLength: 120 }),
    owner(item.owner),
    item.due ?? '—',
    priority,
    String(item.votes),
    issueUrl && issueNumber ? link(`#${issueNumber}`, issueUrl) : '—',
  ]);
  return table(['Id', 'Action', 'Owner', 'Due', 'Priority', '👍', 'Issue'], rows);
}

export function renderPreviousTable(
  previous: RetrospectiveDocumentInput['previous'],
  owner: (login: string | null) => string = quietMention,
): string {
  if (!previous) return '_There was no earlier retrospective to review._';
  const retro = link(`the ${previous.tag} retrospective`, previous.url);
  if (previous.items.length === 0) return `_${retro} decided no action items._`;
  const rows = previous.items.map((row) => [
    row.url ? link(row.id, row.url) : escapeInline(row.id),
    escapeInline(row.title, { maxLength: 120 }),
    owner(row.owner),
    row.due ?? '—',
    escapeInline(row.status),
  ]);
  return [`Reviewed from ${retro}:`, '', table(['Id', 'Action', 'Owner', 'Due', 'Status'], rows)].join('\n');
}

function reflectionLine(r: Reflection): string {
  return `“${escapeInline(r.body, { maxLength: 240 })}” — ${quietMention(r.author)} (👍 ${r.votes}, ${link('comment', r.url)})`;
}

/** The most a prompt lists in the document; the rest are counted. */
export const REPLIES_PER_PROMPT = 5;

function frontMatter(input: RetrospectiveDocumentInput): string {
  const { state } = input;
  return toYaml({
    tag: state.tag,
    tags: state.tags,
    'previous-tag': state.previousTag,
    'opened-at': state.openedAt,
    'finalized-at': input.finalizedAt,
    discussion: input.discussionUrl,
    'action-items': input.items.length,
    metrics: state.metrics,
  }).trimEnd();
}

export function renderRetrospectiveDocument(input: RetrospectiveDocumentInput): string {
  const server = serverOf(input.discussionUrl);
  const ownerLink = (login: string | null) => profileLink(login, server);
  const data = {
    frontMatter: `${frontMatter(input)}\n`,
    title: escapeInline(input.title, { maxLength: 200 }),
    // Rendered and escaped when the retrospective opened (src/render/story.ts); kept in the state since.
    story: input.state.story ?? '',
    releaseLink: link(input.state.tag, input.releaseUrl),
    discussionLink: link('the discussion', input.discussionUrl),
    openedAt: input.state.openedAt.slice(0, 10),
    finalizedAt: input.finalizedAt.slice(0, 10),
    participants: input.participants.map((p) => quietMention(p)),
    countedNote: countedNote(input.counted),
    prompts: input.prompts.map((p) => ({
      title: escapeInline(p.title, { maxLength: 100 }),
      replies: p.replies.slice(0, REPLIES_PER_PROMPT).map(reflectionLine),
      more: Math.max(0, p.replies.length - REPLIES_PER_PROMPT),
    })),
    learnings: input.state.learnings.map(learningLine),
    topReflections: input.topReflections.map(reflectionLine),
    metricsTable: renderMetricsTable(input.state.metrics, input.previousMetrics),
    itemsTable: renderItemsTable(input.items, ownerLink),
    previous: renderPreviousTable(input.previous, ownerLink),
  };
  const template = input.template ?? {
    text: retrospectiveTemplate,
    source: 'templates/retrospective.md.ejs',
  };
  const rendered = renderTemplate(template.text, data, template.source);
  return `${rendered.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The document without its YAML front matter, for the job summary. */
export function withoutFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n+/, '');
}

// ---------------------------------------------------------------------------------------------------------
// Closing comment and reminder

export interface ClosingCommentInput {
  marker: string;
  tag: string;
  participants: number;
  counted?: CountedSummary;
  reflections: number;
  learnings: number;
  items: DocumentItem[];
  /** A link to the published file or its pull request (`publish.mode`), or null. */
  document: { text: string; url: string } | null;
  /** The comment of the discussion that holds the document, or null when it could not be written. */
  inDiscussion?: string | null;
  /** The workflow run that finalized the retrospective, or null outside a runner. */
  runUrl?: string | null;
  /** Config stakeholders: logins and `org/team` names, validated by the config schema. */
  stakeholders: string[];
}

/** A stakeholder from the config is notified on purpose; teams (`org/team`) too. */
function stakeholderMention(name: string): string {
  return /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(name) ? `@${name}` : mention(name);
}

export function renderClosingComment(input: ClosingCommentInput): string {
  const body = renderTemplate(
    closingTemplate,
    {
      tag: escapeInline(input.tag),
      participants: input.participants,
      countedNote: countedNote(input.counted),
      reflections: input.reflections,
      learnings: input.learnings,
      itemCount: input.items.length,
      itemsTable: renderItemsTable(input.items),
      documentLinks: [
        ...(input.inDiscussion ? [link('in this discussion', input.inDiscussion)] : []),
        ...(input.document ? [link(input.document.text, input.document.url)] : []),
      ],
      runLink: input.runUrl ? link('the workflow run', input.runUrl) : '',
      stakeholders: input.stakeholders.map(stakeholderMention),
    },
    'templates/closing-comment.md.ejs',
  );
  return fitToLimit([
    { id: 'marker', text: input.marker },
    { id: 'comment', text: body.replace(/\n{3,}/g, '\n\n').trim(), trimmable: true },
  ]);
}

/**
 * The finished retrospective as a comment of its discussion (without the front matter, which is for files):
 * it stays on GitHub as long as the discussion, for everyone who can read it. Trimmed to GitHub's body limit
 * like any body, the marker kept.
 */
export function renderDocumentComment(marker: string, markdown: string): string {
  return fitToLimit([
    { id: 'marker', text: marker },
    { id: 'document', text: withoutFrontMatter(markdown).trim(), trimmable: true },
  ]);
}

export interface ReminderInput {
  marker: string;
  owners: string[];
  due: string;
  daysOverdue: number;
  tag: string;
  discussionUrl: string | null;
  everyDays: number;
}

export function renderReminder(input: ReminderInput): string {
  const body = renderTemplate(
    reminderTemplate,
    {
      owners: input.owners.length > 0 ? input.owners.map(mention).join(' ') : 'Hello,',
      due: input.due,
      daysOverdue: input.daysOverdue,
      retroLink: input.discussionUrl
        ? link(`the ${input.tag} retrospective`, input.discussionUrl)
        : `the ${escapeInline(input.tag)} retrospective`,
      everyDays: input.everyDays,
    },
    'templates/reminder-comment.md.ejs',
  );
  return `${input.marker}\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n`.slice(0, GITHUB_BODY_LIMIT);
}
