/**
 * Evidence beyond the release's own GitHub data, read while the retrospective opens: the monitoring file (the
 * `monitoring` input), the statuses and check runs external monitors posted on the release commits (opt-in:
 * `external-checks`), and the users' voice (discussions in the watched categories, issues that mention the
 * release). Kept apart from collectReleaseData so the metrics never depend on it: it is shown, not computed on.
 * Every read starts with collectReleaseData; the voice joins the release's changes once they are known.
 */
import { collectCommitChecks } from '../../collect/commit-checks.ts';
import { observationWindow, trainTags } from '../../collect/index.ts';
import { trainReleases } from '../../collect/releases.ts';
import type { ReleaseData, ReleaseTrain } from '../../collect/types.ts';
import { fetchVoice, readVoiceMentions, voiceFrom } from '../../collect/voice.ts';
import { readMonitoring } from '../../monitoring/read.ts';
import type { OutsideData } from '../../render/monitoring.ts';
import type { RetroContext } from '../context.ts';

export type { OutsideData };

export async function collectOutside(
  ctx: RetroContext,
  train: ReleaseTrain,
  releaseData: Promise<ReleaseData>,
): Promise<OutsideData> {
  const path = ctx.monitoringPath;
  const voiceOptions = {
    categories: ctx.config.voice.discussionCategories,
    mentioningIssues: ctx.config.voice.mentioningIssues,
    window: observationWindow(train, ctx.now, ctx.config.maturity.hours),
  };
  const [monitoring, checks, rawVoice] = await Promise.all([
    path ? readMonitoring(path, ctx.workspace) : Promise.resolve(null),
    collectCommitChecks(ctx.github, ctx.repo, trainTags(train), ctx.config.externalChecks),
    fetchVoice(ctx.github, ctx.repo, voiceOptions),
  ]);
  if (monitoring?.status === 'unavailable') {
    // A warning annotation on the run, besides the note in the discussion: the step that wrote it needs fixing.
    ctx.log.warning(`Monitoring data left out: ${monitoring.reason}`);
  }
  if (!rawVoice) return { monitoring, checks, voice: null };
  readVoiceMentions(rawVoice); // while the release's changes are still being read
  const { changes } = await releaseData;
  const voice = voiceFrom(rawVoice, voiceOptions, {
    releases: trainReleases(train),
    pullRequests: changes.status === 'ok' ? changes.data.pullRequests : [],
    commits: changes.status === 'ok' ? changes.data.commits : [],
  });
  if (voice.status === 'unavailable') ctx.log.warning(`The users' voice is left out: ${voice.reason}`);
  return { monitoring, checks, voice };
}
