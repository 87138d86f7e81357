/**
 * Evidence beyond the release's own GitHub data, read while the retrospective opens: the monitoring file (the
 * `monitoring` input) and the statuses and check runs external monitors posted on the release commits.
 * Kept apart from collectReleaseData so the metrics never depend on it: it is shown, not computed on.
 */
import { collectCommitChecks } from '../../collect/commit-checks.ts';
import { trainTags } from '../../collect/index.ts';
import type { ReleaseTrain } from '../../collect/types.ts';
import { readMonitoring } from '../../monitoring/read.ts';
import type { OutsideData } from '../../render/monitoring.ts';
import type { RetroContext } from '../context.ts';

export type { OutsideData };

export async function collectOutside(ctx: RetroContext, train: ReleaseTrain): Promise<OutsideData> {
  const path = ctx.monitoringPath;
  const [monitoring, checks] = await Promise.all([
    path ? readMonitoring(path, ctx.workspace) : Promise.resolve(null),
    collectCommitChecks(ctx.github, ctx.repo, trainTags(train)),
  ]);
  if (monitoring?.status === 'unavailable') {
    // A warning annotation on the run, besides the note in the discussion: the step that wrote it needs fixing.
    ctx.log.warning(`Monitoring data left out: ${monitoring.reason}`);
  }
  return { monitoring, checks };
}
