/** CI health: success and flaky rates of the builds on the default branch. */
import type { ReleaseData, WorkflowRunFact } from '../collect/types.ts';
import { EVIDENCE_CAP, type Measured, measured, notMeasured, t } from './shared.ts';
import { median, round } from './stats.ts';
import type { Metric, MetricWindow } from './types.ts';

const COUNTED = new Set(['success', 'failure', 'timed_out', 'startup_failure']);

/** One build per workflow and commit; its outcome is its latest attempt (GitHub lists a re-run as the same run). */
export function builds(runs: readonly WorkflowRunFact[]): { run: WorkflowRunFact; attempts: number }[] {
  const groups = new Map<string, WorkflowRunFact[]>();
  for (const run of runs) {
    const k = `${run.name}\u0000${run.headSha}`;
    groups.set(k, [...(groups.get(k) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const latest = [...group].sort(
      (a, b) => b.runAttempt - a.runAttempt || t(b.createdAt) - t(a.createdAt),
    )[0] as WorkflowRunFact;
    return { run: latest, attempts: Math.max(...group.map((r) => r.runAttempt)) };
  });
}

export function ciMetrics(data: ReleaseData): { success: Metric; flaky: Metric } {
  const successMethod =
    'Builds on the default branch while the release was built (one per workflow and commit, judged by its latest attempt) that succeeded, over builds that succeeded, failed or timed out.';
  const flakyMethod =
    'Builds on the default branch that failed and then passed on a re-run of the same commit (run attempt above 1), over all judged builds.';
  if (data.workflowRuns.status !== 'ok') {
    const reason = `Workflow runs are unavailable: ${data.workflowRuns.reason}`;
    return {
      success: notMeasured('ciSuccessRate', reason, successMethod),
      flaky: notMeasured('ciFlakyRate', reason, flakyMethod),
    };
  }
  const judged = builds(data.workflowRuns.data.branchRuns).filter(
    (b) => b.run.status === 'completed' && COUNTED.has(b.run.conclusion ?? ''),
  );
  if (judged.length === 0) {
    const reason = `No completed workflow run on ${data.repository.defaultBranch} while the release was built.`;
    return {
      success: notMeasured('ciSuccessRate', reason, successMethod),
      flaky: notMeasured('ciFlakyRate', reason, flakyMethod),
    };
  }
  const passed = judged.filter((b) => b.run.conclusion === 'success');
  const flaky = passed.filter((b) => b.attempts > 1);
  const failed = judged.filter((b) => b.run.conclusion !== 'success');
  const durations = judged.map((b) => b.run.durationMs).filter((d): d is number => d !== null);
  const confidence: Measured['confidence'] =
    judged.length >= 20 ? 'high' : judged.length >= 5 ? 'medium' : 'low';
  const runsWindow = data.workflowRuns.data.window;
  const window: MetricWindow = {
    name: 'build window',
    from: runsWindow?.from ?? data.train.previous?.publishedAt ?? data.train.release.createdAt,
    to: runsWindow?.to ?? data.train.last.publishedAt,
  };
  const success = (passed.length / judged.length) * 100;
  const flakyRate = (flaky.length / judged.length) * 100;
  return {
    success: measured('ciSuccessRate', {
      value: round(success, 1),
      unit: 'percent',
      display: `${round(success)} %`,
      window,
      bandSample: null,
      details: {
        builds: judged.length,
        succeeded: passed.length,
        failed: failed.length,
        runs: data.workflowRuns.data.branchRuns.length,
        ...(durations.length > 0 ? { medianDurationMinutes: round(median(durations) / 60_000, 1) } : {}),
      },
      band: null,
      evidence: failed.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} ${b.run.conclusion}`,
        url: b.run.url,
      })),
      method: successMethod,
      confidence,
    }),
    flaky: measured('ciFlakyRate', {
      value: round(flakyRate, 1),
      unit: 'percent',
      display: `${round(flakyRate)} %`,
      window,
      bandSample: null,
      details: { builds: judged.length, flaky: flaky.length },
      band: null,
      evidence: flaky.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} passed on attempt ${b.attempts}`,
        url: b.run.url,
      })),
      method: flakyMethod,
      confidence,
    }),
  };
}
