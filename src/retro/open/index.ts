/**
 * Opening a retrospective: gather the release's data, compute its metrics, render the discussion from the
 * plan and templates, create it with its survey threads, and report it (job summary, outputs).
 *
 * Idempotent. The retrospective is found by the tag in its state block (loadRetroIndex/findByTag), so a
 * second run creates nothing; a run killed half-way is completed by the next one (missing survey threads).
 */
import {
  type CollectContext,
  collectReleaseData,
  findMaturedTrains,
  findTrain,
  listReleases,
  type TrainMaturity,
  trainTags,
} from '../../collect/index.ts';
import type { ReleaseData, ReleaseTrain } from '../../collect/types.ts';
import { initialState } from '../../domain/state.ts';
import { createDiscussion } from '../../github/discussions.ts';
import { GitHubActionError } from '../../github/errors.ts';
import { permissionAdvice } from '../../github/refusals.ts';
import { ensureMeetingThread, initialMeeting, meetingIncomplete } from '../../meeting/thread.ts';
import { computeMetrics, snapshotOf } from '../../metrics/index.ts';
import type { Metrics } from '../../metrics/types.ts';
import { type DiscussionInput, renderDiscussion, renderSurveyComment } from '../../render/discussion.ts';
import { formatTime } from '../../render/format.ts';
import { escapeInline } from '../../render/markdown.ts';
import { renderStory } from '../../render/story.ts';
import { renderRetroSummary, renderWaiting, type SummaryStatus, type Waiting } from '../../render/summary.ts';
import { notice, type Outputs, type RetroContext, type StageResult } from '../context.ts';
import { findByTag, loadRetroIndex, type RetroIndex, type Retrospective } from '../find.ts';
import { readUserTemplate } from '../user-template.ts';
import { collectOutside } from './outside.ts';
import { followUps, metricsHistory, previousRetro } from './previous.ts';
import { ensureSurveyThreads, missingPrompts } from './survey.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function collectContext(ctx: RetroContext): CollectContext {
  return { github: ctx.github, repo: ctx.repo, config: ctx.config, now: ctx.now, log: ctx.log };
}

function findRetro(index: RetroIndex, train: ReleaseTrain): Retrospective | undefined {
  for (const tag of trainTags(train)) {
    const found = findByTag(index, tag);
    if (found) return found;
  }
  return undefined;
}

/** The metrics as the `metrics` output: one entry per metric, measured or with the reason it is not. */
export function metricsOutput(metrics: Metrics): string {
  const out: Record<string, unknown> = {};
  for (const m of Object.values(metrics)) {
    out[m.key] = m.measured
      ? {
          value: m.value,
          unit: m.unit,
          display: m.display,
          window: m.window,
          band: m.band,
          bandSample: m.bandSample,
          confidence: m.confidence,
          trend: m.trend?.direction ?? null,
        }
      : { value: null, reason: m.reason };
  }
  return JSON.stringify(out);
}

function retroOutputs(
  tag: string,
  discussion: { url: string; number: number } | null,
  metrics: Metrics | null,
): Partial<Outputs> {
  return {
    'release-tag': tag,
    'discussion-url': discussion && discussion.number > 0 ? discussion.url : '',
    'discussion-number': discussion && discussion.number > 0 ? String(discussion.number) : '',
    ...(metrics ? { metrics: metricsOutput(metrics) } : {}),
  };
}

/** The state lives in the body (65,536 characters in all): a release's participants are kept up to this many. */
const MAX_KEPT_PARTICIPANTS = 200;

interface Prepared {
  input: DiscussionInput;
  title: string;
  body: string;
}

/**
 * Everything up to the rendered body; reads only. The collection does not depend on the retrospective index
 * (it needs only the config and the release list), so it starts at once and the index joins after it.
 */
async function prepare(
  ctx: RetroContext,
  retroIndex: RetroIndex | null | Promise<RetroIndex | null>,
  train: ReleaseTrain,
): Promise<Prepared> {
  const releaseData = collectReleaseData(collectContext(ctx), train);
  const [data, outside, template, actor, index] = await Promise.all([
    releaseData,
    collectOutside(ctx, train, releaseData),
    readUserTemplate(ctx, 'discussion'),
    ctx.actor(),
    retroIndex,
  ]);
  warnUnavailable(ctx, data);
  const previous = index ? previousRetro(index, train, ctx.now) : null;
  const history = index ? metricsHistory(index, train, previous) : [];
  const metrics = computeMetrics(data, history);
  const snapshot = Object.fromEntries(
    Object.entries(snapshotOf(metrics)).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  const openedAt = ctx.now.toISOString();
  const state = initialState({
    tag: train.release.tag,
    tags: trainTags(train),
    previousTag: train.previous?.tag ?? null,
    openedAt,
    metrics: snapshot,
    meeting: initialMeeting(ctx.config, openedAt, { participants: data.participants, actor: actor.login }),
  });
  // The story is kept in the record, so retrospective.md can tell it without gathering the data again.
  state.story = renderStory(data, metrics);
  state.releaseParticipants = data.participants.slice(0, MAX_KEPT_PARTICIPANTS);
  const input: DiscussionInput = {
    config: ctx.config,
    data,
    metrics,
    previous: await followUps(ctx, previous),
    state,
    actor: actor.login,
    outside,
    history,
  };
  const { title, body } = renderDiscussion(input, template);
  return { input, title, body };
}

const SECTION_NAMES = {
  changes: 'commits and pull requests',
  deployments: 'deployments',
  workflowRuns: 'workflow runs',
  incidents: 'incidents',
  bugs: 'bugs',
  feedback: 'feedback',
} as const;

/**
 * A source GitHub refused is marked unavailable in the body; the run log says so too, with the permission, so
 * whoever reads the job's output (not only the discussion) sees what to add.
 */
function warnUnavailable(ctx: RetroContext, data: ReleaseData): void {
  for (const [key, name] of Object.entries(SECTION_NAMES) as [keyof typeof SECTION_NAMES, string][]) {
    const section = data[key];
    if (section.status !== 'unavailable') continue;
    const fix = section.permission ? ` ${permissionAdvice(section.permission)}` : '';
    ctx.log.warning(
      `The ${name} section is unavailable: ${section.reason}.${fix}${section.hint ? ` ${section.hint}` : ''}`,
    );
  }
}

interface Opened {
  result: StageResult;
  discussion: { url: string; number: number };
}

async function openTrain(
  ctx: RetroContext,
  index: RetroIndex,
  train: ReleaseTrain,
  started?: Promise<Prepared>,
): Promise<Opened> {
  const tag = train.release.tag;
  const prepared = await (started ?? prepare(ctx, index, train));
  const { maturity } = prepared.input.data;
  if (!maturity.matured) {
    const waiting = maturity.gates.filter((g) => !g.passed).map((g) => g.reason);
    ctx.log.info(
      `${tag} has not matured yet (${waiting.join(' ')}); opening it now because its tag was given.`,
    );
  }
  const discussion = await createDiscussion(ctx.github, ctx.writes, {
    repo: ctx.repo,
    repositoryId: index.setup.repositoryId,
    categoryId: index.category.id,
    title: prepared.title,
    body: prepared.body,
  });
  const survey = await ensureSurveyThreads(
    ctx,
    { id: discussion.id, number: discussion.number, tag, state: prepared.input.state },
    { fresh: true },
  );
  await ensureMeetingThread(
    ctx,
    { id: discussion.id, number: discussion.number, state: prepared.input.state },
    { fresh: true },
  );
  const status: SummaryStatus = ctx.writes.dryRun ? 'dry-run' : 'opened';
  if (ctx.writes.dryRun) {
    ctx.log.info(
      `[dry-run] The ${tag} retrospective would be opened in "${index.category.name}" with ${survey.created.length} survey threads.`,
    );
  } else {
    notice(
      ctx.log,
      `Opened the ${tag} retrospective: ${discussion.url} (${survey.created.length} survey threads).`,
    );
  }
  return {
    discussion,
    result: {
      outputs: retroOutputs(tag, discussion, prepared.input.metrics),
      summary: renderRetroSummary(prepared.input, status, ctx.writes.dryRun ? null : discussion),
    },
  };
}

/** An existing retrospective: nothing is created, except survey threads a killed run left missing. */
async function resumeExisting(ctx: RetroContext, retro: Retrospective): Promise<StageResult> {
  const { discussion, state } = retro;
  const link = `[#${discussion.number}](${discussion.url})`;
  let note = 'Nothing new was created.';
  const meetingCreated =
    state.status === 'open' && meetingIncomplete(state)
      ? await ensureMeetingThread(
          ctx,
          { id: discussion.id, number: discussion.number, state },
          { fresh: false },
        )
      : 0;
  if (meetingCreated > 0) note = `Completed the meeting thread (${meetingCreated} comments).`;
  if (state.status === 'open' && missingPrompts(ctx.config, state).length > 0) {
    const survey = await ensureSurveyThreads(
      ctx,
      { id: discussion.id, number: discussion.number, tag: state.tag, state },
      { fresh: false },
    );
    const parts = [
      survey.created.length > 0
        ? `created ${survey.created.length} missing survey threads (${survey.created.join(', ')})`
        : '',
      survey.adopted.length > 0
        ? `recorded ${survey.adopted.length} existing ones (${survey.adopted.join(', ')})`
        : '',
    ].filter(Boolean);
    note = `Completed an interrupted opening: ${parts.join('; ')}.`;
  }
  ctx.log.info(`The ${state.tag} retrospective already exists: ${discussion.url}. ${note}`);
  return {
    outputs: retroOutputs(state.tag, discussion, null),
    summary: `### ${escapeInline(discussion.title)}\n\nThe retrospective of ${escapeInline(state.tag)} is already open: ${link}. ${note}`,
  };
}

/**
 * Opens the retrospective of `tag` now (whatever its maturity), or finds the one that exists. The index and
 * the release list are read at once, and the release data as soon as the train is known, without waiting for
 * the index: a first open (the case that matters) starts its longest chain of reads one round trip sooner.
 * When the retrospective turns out to exist (a re-run), those reads were for nothing and are left to finish.
 */
export async function openRetrospective(ctx: RetroContext, tag: string): Promise<StageResult> {
  const index = loadRetroIndex(ctx);
  // The train, or why it cannot be found: a retrospective that exists for the tag is resumed either way.
  const train = listReleases(ctx.github, ctx.repo, ctx.config, ctx.now).then((releases) =>
    findTrain(releases, tag, ctx.config),
  );
  const prepared = train.then((found) => prepare(ctx, index, found));
  // All three are joined below (prepared only when the retrospective is new); these handlers only keep a
  // failure from being reported as unhandled before then.
  for (const p of [index, train, prepared]) p.catch(() => undefined);
  const known = await index;
  const byTag = findByTag(known, tag);
  if (byTag) return resumeExisting(ctx, byTag);
  const found = await train;
  const existing = findRetro(known, found);
  if (existing) return resumeExisting(ctx, existing);
  return (await openTrain(ctx, known, found, prepared)).result;
}

/** Why a train is not ready, and when it will be (null when it waits on people, e.g. an open incident). */
export function waitingOf(item: TrainMaturity): Waiting {
  const failing = item.maturity.gates.filter((g) => !g.passed);
  const times = failing.map((g) => g.passesAt);
  const readyAt = times.every((t): t is string => t !== null)
    ? new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString()
    : null;
  return {
    tag: item.train.release.tag,
    url: item.train.release.url,
    reason: failing.map((g) => g.reason).join(' '),
    readyAt: failing.length > 0 ? readyAt : null,
  };
}

/**
 * When a train's retrospective is no longer worth opening on its own: it would be auto-finalized at once.
 * Without this, the first scheduled run in a repository with years of releases would open a discussion for
 * each of them. An explicit `tag` still opens any release.
 */
function staleSince(item: TrainMaturity, ctx: RetroContext): number | null {
  const age = item.maturity.gates.find((g) => g.name === 'age');
  const maturedAt = age?.passesAt ? Date.parse(age.passesAt) : Date.parse(item.train.last.publishedAt);
  const limitMs = Math.max(1, ctx.config.finalizeAfterDays) * DAY_MS;
  return ctx.now.getTime() - maturedAt > limitMs ? maturedAt : null;
}

/**
 * Scheduled runs: opens every matured train without a retrospective; says when the others will be ready.
 * The index (read once per scheduled run, see run.ts) and the maturity reads go at once.
 */
export async function openMaturedRetrospectives(
  ctx: RetroContext,
  retroIndex: Promise<RetroIndex> = loadRetroIndex(ctx),
): Promise<StageResult> {
  retroIndex.catch(() => undefined); // joined below
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const trains = await findMaturedTrains(collectContext(ctx), { releases });
  const index = await retroIndex;
  const opened: Opened[] = [];
  const resumed: StageResult[] = [];
  const waiting: Waiting[] = [];
  const stale: string[] = [];
  const failures: string[] = [];
  for (const item of trains) {
    const tag = item.train.release.tag;
    const existing = findRetro(index, item.train);
    if (existing) {
      if (
        existing.state.status === 'open' &&
        (missingPrompts(ctx.config, existing.state).length > 0 || meetingIncomplete(existing.state))
      ) {
        resumed.push(await resumeExisting(ctx, existing));
      } else {
        ctx.log.debug(`${tag}: the retrospective exists (${existing.discussion.url}).`);
      }
      continue;
    }
    if (!item.maturity.matured) {
      const w = waitingOf(item);
      waiting.push(w);
      ctx.log.info(
        `${tag}: not ready for its retrospective yet. ${w.reason} ${w.readyAt ? `It opens on the first scheduled run after ${formatTime(w.readyAt)}.` : 'It opens once that is resolved.'}`,
      );
      continue;
    }
    const staleAt = staleSince(item, ctx);
    if (staleAt !== null) {
      stale.push(tag);
      ctx.log.info(
        `${tag}: matured ${formatTime(new Date(staleAt))}, more than finalize-after-days (${ctx.config.finalizeAfterDays}) ago; ` +
          'not opened automatically. Run with the tag input to open it anyway.',
      );
      continue;
    }
    try {
      opened.push(await openTrain(ctx, index, item.train));
    } catch (error) {
      // One train failing must not keep the others from opening; the run still fails at the end.
      failures.push(`${tag}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const last = opened.at(-1);
  const summaryParts = [
    ...opened.map((o) => o.result.summary),
    ...resumed.map((r) => r.summary),
    renderWaiting(waiting),
  ];
  if (opened.length === 0 && resumed.length === 0 && failures.length === 0) {
    const next = waiting
      .map((w) => w.readyAt)
      .filter((t): t is string => t !== null)
      .sort()[0];
    summaryParts.unshift(
      `### No retrospective opened\n\n${
        waiting.length > 0
          ? `No release has matured yet${next ? `; the next one is ready from ${formatTime(next)}` : ''}.`
          : 'Every matured release already has its retrospective.'
      }`,
    );
    ctx.log.info(
      waiting.length > 0
        ? `No retrospective opened: no release has matured yet${next ? `; the next opens after ${formatTime(next)}` : ''}.`
        : 'No retrospective opened: every matured release already has one.',
    );
  }
  if (stale.length > 0) {
    summaryParts.push(
      `_Not opened automatically because they matured more than ${ctx.config.finalizeAfterDays} days ago: ${stale.join(', ')}. Run with the \`tag\` input to open one._`,
    );
  }
  const result: StageResult = {
    outputs: last ? last.result.outputs : {},
    summary: summaryParts.filter(Boolean).join('\n\n'),
  };
  if (failures.length > 0) {
    throw Object.assign(
      new GitHubActionError(`Some retrospectives could not be opened:\n${failures.join('\n')}`),
      {
        partial: result,
      },
    );
  }
  return result;
}

/**
 * What the retrospective of `tag` would look like, read-only: the full body and the survey comments are
 * printed and returned as the summary. Nothing is written, whatever the gateway's mode.
 */
export async function previewRetrospective(ctx: RetroContext, tag: string): Promise<StageResult> {
  const index = loadRetroIndex(ctx).catch((error: unknown) => {
    if (!(error instanceof GitHubActionError)) throw error;
    ctx.log.warning(`${error.message} The preview goes on without the previous retrospective.`);
    return null;
  });
  index.catch(() => undefined); // joined in prepare
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const train = findTrain(releases, tag, ctx.config);
  const prepared = await prepare(ctx, index, train);
  const known = await index;
  const existing = known ? findRetro(known, train) : undefined;
  if (existing)
    ctx.log.warning(`The ${train.release.tag} retrospective already exists: ${existing.discussion.url}`);
  const comments = ctx.config.survey.map((prompt, i) =>
    renderSurveyComment(prompt, { tag: train.release.tag, index: i, total: ctx.config.survey.length }),
  );
  const markdown = [
    `# ${prepared.title}`,
    '',
    prepared.body.trimEnd(),
    '',
    ...comments.flatMap((c, i) => [
      `<!-- survey comment ${i + 1} of ${comments.length} -->`,
      '',
      c.trimEnd(),
      '',
    ]),
  ].join('\n');
  ctx.log.info(markdown);
  return {
    outputs: retroOutputs(train.release.tag, existing?.discussion ?? null, prepared.input.metrics),
    summary: markdown,
  };
}
