/**
 * The retrospective discussion: its title, its body (rendered from templates/discussion.md.ejs or the user's
 * own template) and its survey comments. Pure: everything is passed in, nothing is fetched.
 */
import type { ReleaseData } from '../collect/types.ts';
import type { Config } from '../config/load.ts';
import { encodeState, type RetroState } from '../domain/state.ts';
import { renderMeetingLine } from '../meeting/render.ts';
import type { HistoryEntry } from '../metrics/index.ts';
import type { Metrics } from '../metrics/types.ts';
import { COMMANDS, renderHelp } from '../retro/commands/catalog.ts';
import { type Agenda, clock, planAgenda } from './agenda.ts';
import {
  renderChanges,
  renderCi,
  renderDora,
  renderFeedback,
  renderIncidents,
  renderLeadTime,
  renderReleaseFacts,
  renderTimeline,
} from './data-summary.ts';
import { formatDuration, formatTime } from './format.ts';
import { renderActionItems, renderLearnings } from './live.ts';
import { liveSection } from './live-record.ts';
import { escapeInline, GITHUB_BODY_LIMIT, isGitHubLogin, link, mention, table } from './markdown.ts';
import { type OutsideData, renderCommitChecks, renderMonitoring } from './monitoring.ts';
import { type PreviousRetro, renderPreviousItems } from './previous-items.ts';
import { renderStory } from './story.ts';
import { type Block, BUNDLED_TEMPLATES, renderFitted, renderTemplate } from './templates.ts';
import { renderTrends } from './trends.ts';
import { renderVoice } from './voice.ts';

export const PRIME_DIRECTIVE = {
  text:
    'Regardless of what we discover, we understand and truly believe that everyone did the best job they ' +
    'could, given what they knew at the time, their skills and abilities, the resources available, and the ' +
    'situation at hand.',
  author: 'Norm Kerth',
  source: 'Project Retrospectives: A Handbook for Team Reviews',
} as const;

/**
 * The budget for the body when the retrospective opens. GitHub's limit is 65,536 characters, but the body
 * is the live record and grows afterwards: the action-items table, the learnings and the state block (which
 * remembers every processed comment) are re-rendered into it on every command. The rest is kept for them.
 */
export const OPEN_BODY_BUDGET = 50_000;

/** More @mentions than this in one body is noise, and GitHub may refuse to notify them all. */
export const MAX_MENTIONS = 50;

export interface DiscussionInput {
  config: Config;
  data: ReleaseData;
  metrics: Metrics;
  previous: PreviousRetro | null;
  /** The state the body is created with (its tag, tags, metrics snapshot). */
  state: RetroState;
  /** The login the action writes as; never invited. */
  actor?: string | null;
  /** Monitoring data and external checks (src/retro/open/outside.ts); absent where a caller has none. */
  outside?: OutsideData;
  /** Earlier retrospectives' metrics of the line, oldest first (for the trend charts); none when absent. */
  history?: readonly HistoryEntry[];
}

export function discussionTitle(config: Config, tag: string): string {
  // The title is plain text on GitHub (no markdown), so the tag is not escaped; replaceAll keeps `$&` literal.
  return config.title.replaceAll('{tag}', () => tag);
}

export function surveyMarker(promptId: string): string {
  return `<!-- release-retro:survey:${promptId} -->`;
}

/** The prompt id of a survey comment's marker, or null. */
export function surveyMarkerId(body: string): string | null {
  return /^<!-- release-retro:survey:([a-z0-9-]+) -->/.exec(body.trimStart())?.[1] ?? null;
}

function trainTags(data: ReleaseData): string[] {
  return [data.train.release.tag, ...data.train.hotfixes.map((h) => h.tag)];
}

function purpose(data: ReleaseData): string {
  const tag = escapeInline(data.train.release.tag, { maxLength: 80 });
  const hotfixes = data.train.hotfixes.map((h) => escapeInline(h.tag, { maxLength: 80 }));
  const withHotfixes =
    hotfixes.length > 0
      ? ` and its ${hotfixes.length === 1 ? 'hotfix' : 'hotfixes'} ${hotfixes.join(', ')}`
      : '';
  return [
    `This is the blameless retrospective of **${tag}**${withHotfixes}. We look back at how the release went, `,
    'learn from it together, and agree on a few specific, owned actions that make the next release better. ',
    'We look for causes in our systems, tools and process, not in people: the question is always "what made ',
    'this easy to get wrong?", never "who got it wrong?".',
  ].join('');
}

export function renderAgenda(agenda: Agenda): string {
  const rows = agenda.slots.map((slot) => [
    `${clock(slot.start)}–${clock(slot.end)}`,
    `**${escapeInline(slot.title, { maxLength: 80 })}**`,
    `${slot.minutes} min`,
    escapeInline(slot.description, { maxLength: 300 }),
  ]);
  const parts = [table(['Time', 'Item', 'Time box', 'What we do'], rows)];
  if (agenda.note) parts.push(`> ℹ️ ${agenda.note}`);
  parts.push(
    '_Meeting in person or on a call? Follow the time boxes. Working fully asynchronously? Use the same steps ' +
      'over a few days: answer the survey threads, vote, then propose and decide actions with the commands below._',
  );
  return parts.join('\n\n');
}

/** Who is @mentioned: the release's participants, a team, or nobody; facilitators too unless `none`. */
export function renderInvited(config: Config, data: ReleaseData, actor?: string | null): string {
  const mode = config.invite.mode;
  if (mode === 'none') {
    return '_Nobody was mentioned (`invite.mode: none`). Share this discussion with the people who took part._';
  }
  // The actor's login as `viewer` gives it (`name[bot]` for a bot): a person named `name` is still invited.
  const notMe = (login: string) => !actor || login.toLowerCase() !== actor.toLowerCase();
  const facilitators = config.facilitators.users.filter(notMe);
  const facilitatorLine =
    facilitators.length > 0 || config.facilitators.teams.length > 0
      ? `\n\n**Facilitators:** ${[...facilitators.map((l) => mention(l)), ...config.facilitators.teams.map(teamMention)].join(' ')}`
      : '';
  if (mode === 'team') {
    return `${teamMention(config.invite.team)}, you are invited: this retrospective is for everyone who worked on the release.${facilitatorLine}`;
  }
  const people = data.participants.filter((login) => isGitHubLogin(login) && notMe(login));
  if (people.length === 0) {
    return `_No participants were found in the release data. Share this discussion with the team._${facilitatorLine}`;
  }
  const shown = people.slice(0, MAX_MENTIONS).map((login) => mention(login));
  const more = people.length - shown.length;
  return (
    [
      `Everyone who took part in this release (authors, reviewers, deployers, incident responders): ${shown.join(' ')}${more > 0 ? ` and ${more} more` : ''}.`,
      '',
      'You are invited to add your view in the survey threads below, whether or not you can join the meeting.',
    ].join('\n') + facilitatorLine
  );
}

/**
 * A team is validated by the config schema as `org/team-slug`; it is written as a mention on purpose (the
 * team is invited). Anything else is escaped.
 */
function teamMention(team: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(team)
    ? `@${team}`
    : escapeInline(`@${team}`);
}

export function renderHowToTakePart(config: Config): string {
  const prompts = config.survey.map((p) => `**${escapeInline(p.title, { maxLength: 100 })}**`).join(' · ');
  const action = COMMANDS.find((c) => c.name === 'action');
  const learning = COMMANDS.find((c) => c.name === 'learning');
  return [
    `1. **Answer the survey** in the threads below (${prompts}): one point per reply, so each can be voted on.`,
    '2. **Vote** with 👍 on the replies and proposals you agree with. The most-voted points are discussed first.',
    `3. **Propose actions** in a comment, one per line: ${action ? `\`${action.example}\`` : '`/action <title> @owner due:+2w`'}. Each gets an id (A1, A2, …).`,
    `4. **Record learnings** the same way: ${learning ? `\`${learning.example}\`` : '`/learning <text>`'}.`,
    `5. **Facilitators decide** with \`/accept A1\`: at most ${config.maxActionItems} items, each with an owner and a due date. When done, \`/finalize\` turns them into issues and closes this discussion.`,
    '',
    'Commands go at the start of a line in a new comment; the bot replies, and the tables below update.',
    '',
    '<details><summary>All commands</summary>',
    '',
    renderHelp(),
    '',
    '</details>',
  ].join('\n');
}

export interface DiscussionBlocks {
  agenda: Block;
  story: Block;
  previousItems: Block;
  facts: Block;
  dora: Block;
  timeline: Block;
  leadTime: Block;
  incidents: Block;
  ci: Block;
  feedback: Block;
  voice: Block;
  monitoring: Block;
  changes: Block;
  invited: Block;
  howToTakePart: Block;
  actionItems: Block;
  learnings: Block;
}

/** Every block of the body, escaped and ready. Trimming order: the PR list first, then the detail tables. */
export function discussionBlocks(input: DiscussionInput): DiscussionBlocks {
  const { config, data, metrics, previous, state } = input;
  return {
    agenda: {
      text: [
        state.meeting ? liveSection('meeting', renderMeetingLine(state.meeting, config.meeting, null)) : '',
        renderAgenda(planAgenda(config.agenda, config.meeting.minutes)),
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    story: { text: renderStory(data, metrics) },
    previousItems: { text: renderPreviousItems(previous), trimmable: true, priority: 3 },
    facts: { text: renderReleaseFacts(data), trimmable: true, priority: 4 },
    dora: {
      text: [renderDora(metrics), renderTrends(metrics, state.tag, input.history ?? [])]
        .filter(Boolean)
        .join('\n\n'),
    },
    timeline: { text: renderTimeline(data), trimmable: true, priority: 1 },
    leadTime: { text: renderLeadTime(data, metrics) },
    incidents: { text: renderIncidents(data, metrics), trimmable: true, priority: 2 },
    ci: { text: renderCi(data, metrics), trimmable: true, priority: 2 },
    feedback: { text: renderFeedback(data), trimmable: true, priority: 2 },
    voice: { text: renderVoice(input.outside?.voice), trimmable: true, priority: 2 },
    monitoring: { text: renderOutside(input.outside), trimmable: true, priority: 2 },
    changes: { text: renderChanges(data), trimmable: true, priority: 0 },
    invited: { text: renderInvited(config, data, input.actor) },
    howToTakePart: { text: renderHowToTakePart(config) },
    actionItems: { text: liveSection('action-items', renderActionItems(state, config.maxActionItems)) },
    learnings: { text: liveSection('learnings', renderLearnings(state)) },
  };
}

function renderOutside(outside: OutsideData | undefined): string {
  if (!outside) return renderMonitoring(null);
  const checks = renderCommitChecks(outside.checks);
  return [
    renderMonitoring(outside.monitoring),
    checks ? `**External checks on the release commits**\n\n${checks}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The variables every discussion template gets (documented in docs/retrospective-guide.md). */
export function discussionVariables(input: DiscussionInput): Record<string, unknown> {
  const { config, data, metrics, state } = input;
  return {
    title: discussionTitle(config, state.tag),
    tag: state.tag,
    tags: trainTags(data),
    repository: data.repository,
    release: data.train.release,
    hotfixes: data.train.hotfixes,
    previousRelease: data.train.previous,
    purpose: purpose(data),
    primeDirective: PRIME_DIRECTIVE,
    agenda: planAgenda(config.agenda, config.meeting.minutes),
    survey: config.survey,
    maxActionItems: config.maxActionItems,
    openedAt: formatTime(state.openedAt),
    data,
    metrics,
    previous: input.previous,
    config,
    helpers: { escapeInline, link, mention, table, formatTime, formatDuration, clock },
  };
}

export interface RenderedDiscussion {
  title: string;
  body: string;
}

/**
 * The discussion's title and body, with the state block at the end. `template` is the user's template text
 * (null for the bundled one) and `templateSource` names it in errors.
 */
export function renderDiscussion(
  input: DiscussionInput,
  template: { text: string; source: string } | null = null,
  limit: number = OPEN_BODY_BUDGET,
): RenderedDiscussion {
  const body = renderFitted(
    template?.text ?? BUNDLED_TEMPLATES.discussion,
    discussionVariables(input),
    discussionBlocks(input) as unknown as Record<string, Block>,
    {
      source: template?.source ?? 'templates/discussion.md.ejs',
      limit: Math.min(limit, GITHUB_BODY_LIMIT),
      tail: encodeState(input.state),
    },
  );
  return { title: discussionTitle(input.config, input.state.tag), body };
}

export function renderSurveyComment(
  prompt: Config['survey'][number],
  context: { tag: string; index: number; total: number },
): string {
  return `${renderTemplate(
    BUNDLED_TEMPLATES.surveyComment,
    { prompt, marker: surveyMarker(prompt.id), ...context },
    'templates/survey-comment.md.ejs',
  ).trim()}\n`;
}
