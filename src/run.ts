/**
 * The runner, after its start (src/start.ts): reads the config, dispatches by event and mode, sets outputs,
 * writes the job summary, and fails the job with a readable message on any thrown value.
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { reportConfigProblems } from './config/annotations.ts';
import { ConfigError } from './config/config-error.ts';
import { parseInputs } from './config/inputs.ts';
import { type Config, loadLineConfigs } from './config/load.ts';
import { type Plan, planRun } from './dispatch.ts';
import { viewerIdentity } from './github/discussions.ts';
import type { Identity } from './github/identity.ts';
import { WriteGateway } from './github/writes.ts';
import { OUTPUT_NAMES, type Outputs, type RetroContext, type StageResult } from './retro/context.ts';
import type { RetroIndex } from './retro/find.ts';
import { routingTags, selectLines } from './select-lines.ts';
import { stages } from './stages.ts';
import { log, type Started } from './start.ts';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`;
  } catch {
    return 'Unexpected failure with a value that cannot be printed.';
  }
}

/** Runs several stages; one failing does not stop the others, and every failure is reported at the end. */
async function runAll(stages: [string, () => Promise<StageResult>][]): Promise<StageResult> {
  const results: StageResult[] = [];
  const failures: string[] = [];
  for (const [name, stage] of stages) {
    try {
      results.push(await core.group(name, stage));
    } catch (error) {
      failures.push(`${name}: ${messageOf(error)}`);
    }
  }
  const merged: StageResult = {
    outputs: Object.assign({}, ...results.map((r) => r.outputs)),
    summary: results
      .map((r) => r.summary)
      .filter(Boolean)
      .join('\n\n'),
  };
  if (failures.length > 0) {
    throw Object.assign(new Error(failures.join('\n')), { partial: merged });
  }
  return merged;
}

/**
 * The retrospective index for both stages of a scheduled run that need it, read once. Retrospectives the open
 * stage creates are not in it, and need not be: one opened now is due for finalizing only with
 * finalize-after-days 0, and then the finalize stage reads the index again.
 */
async function scheduledIndexes(ctx: RetroContext): Promise<{
  open: Promise<RetroIndex>;
  /** `stale`: an earlier stage of this run rewrote a record (the sweep applied missed commands). */
  finalize: (stale: boolean) => Promise<RetroIndex>;
}> {
  const { loadRetroIndex } = await stages.index();
  const index = loadRetroIndex(ctx);
  index.catch(() => undefined); // each stage joins it and reports its own failure
  return {
    open: index,
    finalize: (stale) => (ctx.config.finalizeAfterDays > 0 && !stale ? index : loadRetroIndex(ctx)),
  };
}

/** The discussion a comment event is in, when it is in the retrospectives' category (no read otherwise). */
function retrospectiveCommentedOn(ctx: RetroContext, payload: Record<string, unknown>): number | null {
  const discussion = payload.discussion as
    | { number?: unknown; category?: { slug?: unknown; name?: unknown } }
    | undefined;
  const wanted = ctx.config.discussionCategory.trim().toLowerCase();
  const category = [discussion?.category?.slug, discussion?.category?.name].map((c) =>
    typeof c === 'string' ? c.toLowerCase() : '',
  );
  return typeof discussion?.number === 'number' && category.includes(wanted) ? discussion.number : null;
}

async function execute(plan: Plan, ctx: RetroContext): Promise<StageResult> {
  switch (plan.kind) {
    case 'open':
      return (await stages.open()).openRetrospective(ctx, plan.tag);
    case 'open-matured':
      return (await stages.open()).openMaturedRetrospectives(ctx);
    case 'scheduled': {
      const [index, open, commands, finalize, remind] = await Promise.all([
        scheduledIndexes(ctx),
        stages.open(),
        stages.commands(),
        stages.finalize(),
        stages.remind(),
      ]);
      let swept = false;
      return runAll([
        ['open matured retrospectives', () => open.openMaturedRetrospectives(ctx, index.open)],
        // Commands whose events never came (or whose runs GitHub cancelled), before anything is finalized.
        [
          'apply missed commands',
          async () => {
            const result = await commands
              .reconcileOpenRetrospectives(ctx, index.open)
              .catch((error: unknown) => {
                swept = true;
                throw error;
              });
            swept = result.wrote;
            return result;
          },
        ],
        // Only a plan with meeting slots has a vote to settle (no empty stage in the log otherwise).
        ...(ctx.config.meeting.slots.length > 0
          ? [
              [
                'announce meeting times',
                async () => (await stages.meeting()).settleMeetings(ctx, index.open),
              ] as [string, () => Promise<StageResult>],
            ]
          : []),
        ['finalize due retrospectives', () => finalize.autoFinalize(ctx, index.finalize(swept))],
        ['remind owners of overdue action items', () => remind.remindOverdue(ctx)],
      ]);
    }
    case 'command': {
      const handled = await (await stages.commands()).handleDiscussionComment(ctx, plan.payload, plan.action);
      // Votes are reactions, which start no run: a comment run settles the touched retrospective's vote too.
      const number = retrospectiveCommentedOn(ctx, plan.payload);
      if (number === null || ctx.config.meeting.slots.length === 0) return handled;
      const settled = await (await stages.meeting()).settleMeetingOf(ctx, number);
      return {
        outputs: handled.outputs,
        summary: [handled.summary, settled.summary].filter(Boolean).join('\n\n'),
      };
    }
    case 'finalize': {
      const finalize = await stages.finalize();
      return plan.tag ? finalize.finalizeRetrospective(ctx, { tag: plan.tag }) : finalize.autoFinalize(ctx);
    }
    case 'remind':
      return (await stages.remind()).remindOverdue(ctx);
    case 'preview':
      return (await stages.open()).previewRetrospective(ctx, plan.tag);
    case 'report':
      return (await stages.report()).publishOrgReport(ctx, resolve(ctx.workspace, plan.results));
    case 'skip':
      ctx.log.info(plan.reason);
      return { outputs: {}, summary: plan.reason };
  }
}

/** The log group of a single-stage run. */
function stageTitle(plan: Plan): string {
  switch (plan.kind) {
    case 'open':
      return `Open the ${plan.tag} retrospective`;
    case 'open-matured':
      return 'Open retrospectives of matured releases';
    case 'command':
      return 'Apply the comment commands';
    case 'finalize':
      return plan.tag ? `Finalize the ${plan.tag} retrospective` : 'Finalize due retrospectives';
    case 'remind':
      return 'Remind owners of overdue action items';
    case 'preview':
      return `Preview the ${plan.tag} retrospective`;
    default:
      return plan.kind;
  }
}

async function writeSummary(markdown: string, writes: WriteGateway): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const intents = writes.intents;
  let text = markdown;
  if (writes.dryRun && intents.length > 0) {
    const rows = intents.map((i) => `| ${i.action} | ${i.target} | ${i.summary.replaceAll('|', '\\|')} |`);
    text += `\n\n### Dry run: writes that were not sent\n\n| write | where | what |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
  }
  if (text.trim()) await core.summary.addRaw(text, true).write();
}

/**
 * The rest of a run, once its first requests are on the wire (src/start.ts): the configuration, the plan and
 * the stage, then the outputs and the job summary. Every failure, the start's included, ends here as the
 * job's failure with a readable message.
 */
export async function run(started: Started): Promise<void> {
  let writes: WriteGateway | undefined;
  try {
    if (!started.ok) throw started.error;
    const { runner, github, clientFor, preload } = started;
    const inputs = parseInputs((name) => core.getInput(name));
    const configs = await core.group(`Configuration (${inputs['config-path']})`, async () =>
      loadLineConfigs(await started.configText, inputs['config-path'], {
        maturityHours: inputs['maturity-hours'],
        discussionCategory: inputs['discussion-category'],
        projectUrl: inputs['project-url'],
      }),
    );
    preload();
    const lines = selectLines(configs, {
      line: inputs.line,
      tags: routingTags(runner.eventName, runner.payload, inputs.tag),
    });
    const planFor = (config: Config): Plan =>
      planRun({
        mode: inputs.mode,
        eventName: runner.eventName,
        payload: runner.payload,
        tag: inputs.tag,
        maturityHours: config.maturity.hours,
        results: inputs.results,
      });
    const plans = lines.map(planFor);
    const first = plans[0];
    const plan: Plan = first ?? {
      kind: 'skip',
      reason: `The tag of this run belongs to none of the release lines in ${inputs['config-path']}.`,
    };
    writes = new WriteGateway({
      dryRun: inputs['dry-run'] || plan.kind === 'preview',
      intervalMs: runner.writeIntervalMs,
      log,
    });
    let actor: Promise<Identity> | undefined;
    const ctxFor = (config: Config, gateway: WriteGateway): RetroContext => ({
      github,
      projectGithub: inputs['project-token'] ? clientFor(inputs['project-token'], 'project-token') : null,
      writes: gateway,
      repo: runner.repository,
      config,
      now: runner.now,
      log,
      workspace: runner.workspace,
      monitoringPath: inputs.monitoring,
      serverUrl: runner.serverUrl,
      settleMs: runner.settleMs,
      runUrl: runner.runUrl,
      actor: () => {
        actor ??= viewerIdentity(github);
        return actor;
      },
    });
    const gateway = writes;
    // A scheduled run groups each of its stages itself (the log has no nested groups).
    const single = (config: Config) => {
      const stage = () => execute(plan, ctxFor(config, gateway));
      return plan.kind === 'scheduled' ? stage() : core.group(stageTitle(plan), stage);
    };
    const execution =
      plan.kind === 'report' || lines.length <= 1
        ? single((lines[0] ?? configs[0]) as Config)
        : runAll(
            lines.map((config, i): [string, () => Promise<StageResult>] => [
              `line ${config.line.name}`,
              async () => {
                core.info(`release-retro: line ${config.line.name} (${config.releases.tagPattern})`);
                const result = await execute(plans[i] as Plan, ctxFor(config, gateway));
                return { ...result, summary: `## Line ${config.line.name}\n\n${result.summary}` };
              },
            ]),
          );
    core.info(`release-retro: ${plan.kind} on ${runner.repository.owner}/${runner.repository.name}`);
    const result = await execution.catch(async (error: unknown) => {
      const partial = (error as { partial?: StageResult }).partial;
      if (partial) setOutputs({ ...partial.outputs, mode: plan.kind });
      if (partial && writes) await writeSummary(partial.summary, writes);
      throw error;
    });
    setOutputs({ ...result.outputs, mode: plan.kind });
    await writeSummary(result.summary, writes);
    const resultFile = inputs['result-file'];
    if (resultFile && plan.kind !== 'report') {
      const lineConfigs = lines.length > 0 ? lines : configs;
      const path = resolve(runner.workspace, resultFile);
      await (await stages.results()).writeResultFile(
        lineConfigs.map((config) => ctxFor(config, gateway)),
        path,
        { team: inputs.team ?? '', now: runner.now },
      );
      core.info(`release-retro: wrote this repository's result to ${path}`);
    }
  } catch (error) {
    if (error instanceof ConfigError) await reportConfigProblems(error.problems);
    core.setFailed(messageOf(error));
  } finally {
    // Everything the run awaited is done when run() returns; this ends what it did not (an early read of a run
    // that failed on its config), so the job ends with its answer instead of waiting out their retries.
    started.over.abort();
  }
}

function setOutputs(outputs: Partial<Outputs>): void {
  for (const name of OUTPUT_NAMES) core.setOutput(name, outputs[name] ?? '');
}
