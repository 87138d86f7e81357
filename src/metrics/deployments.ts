/**
 * Per-environment and per-tag deployment facts for the data summary: the timeline numbers a reader asks for
 * first (how long from tag to production, how many attempts failed, was anything rolled back). Pure.
 */
import type { DeploymentFact, ReleaseData } from '../collect/types.ts';

export interface EnvironmentSummary {
  environment: string;
  production: boolean;
  deployments: number;
  succeeded: number;
  failed: number;
  rollbacks: number;
  redeploys: number;
}

export interface TagDeployment {
  tag: string;
  publishedAt: string;
  /** First success status of a production deployment of the tag's commit; null when it never reached production. */
  firstProductionSuccessAt: string | null;
  /** Publish to that success, in hours (negative when production got the commit before the release was published). */
  hoursToProduction: number | null;
  /** Production deployments of the tag's commits that failed before that success. */
  failedAttempts: number;
}

export interface DeploymentSummary {
  environments: EnvironmentSummary[];
  tags: TagDeployment[];
}

const failedState = (d: DeploymentFact) =>
  d.statuses.some((s) => s.state === 'failure' || s.state === 'error');
const firstSuccess = (d: DeploymentFact) => d.statuses.find((s) => s.state === 'success')?.createdAt ?? null;

/** Null when deployments are unavailable (the Section says why). */
export function deploymentSummary(data: ReleaseData): DeploymentSummary | null {
  if (data.deployments.status !== 'ok') return null;
  const deployments = data.deployments.data;
  const byEnv = new Map<string, DeploymentFact[]>();
  for (const d of deployments) {
    const key = d.environment.toLowerCase();
    const list = byEnv.get(key);
    if (list) list.push(d);
    else byEnv.set(key, [d]);
  }
  const environments = [...byEnv.values()].map((list) => ({
    environment: list[0]?.environment ?? '',
    production: list.some((d) => d.isProduction),
    deployments: list.length,
    succeeded: list.filter((d) => firstSuccess(d) !== null).length,
    failed: list.filter(failedState).length,
    rollbacks: list.filter((d) => d.isRollback).length,
    redeploys: list.filter((d) => d.isRedeploy).length,
  }));
  const tagCommits = data.changes.status === 'ok' ? (data.changes.data.tagCommits ?? {}) : {};
  const tags = [data.train.release, ...data.train.hotfixes].map((release) => {
    const ofTag = deployments
      .filter(
        (d) =>
          d.isProduction && !d.isRollback && (d.ref === release.tag || d.sha === tagCommits[release.tag]),
      )
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const success =
      ofTag
        .map(firstSuccess)
        .filter((s): s is string => s !== null)
        .sort()[0] ?? null;
    const failedAttempts = ofTag.filter(
      (d) => failedState(d) && (success === null || d.createdAt <= success),
    ).length;
    return {
      tag: release.tag,
      publishedAt: release.publishedAt,
      firstProductionSuccessAt: success,
      hoursToProduction:
        success === null
          ? null
          : Math.round(((Date.parse(success) - Date.parse(release.publishedAt)) / 3_600_000) * 100) / 100,
      failedAttempts,
    };
  });
  return { environments, tags };
}
