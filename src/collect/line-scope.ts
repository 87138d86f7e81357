/**
 * What belongs to a monorepo's release line (config `line`): changes by the paths they touch (or a pull
 * request's labels), deployments by environment, CI by workflow. Pure; the collectors apply it.
 * An empty list scopes nothing, so a repository with one product sees everything, as before.
 */
import picomatch from 'picomatch';
import type { Config } from '../config/load.ts';

export interface LineScope {
  name: string;
  /** True when a path belongs to the line; null when the line has no paths (every change belongs). */
  matchesPath: ((path: string) => boolean) | null;
  pullRequestLabels: ReadonlySet<string>;
  /** Exact environment names (GitHub filters deployments by them); empty: every environment. */
  environments: readonly string[];
  /** Empty: every workflow. */
  workflows: readonly string[];
}

export function lineScopeOf(config: Pick<Config, 'line'>): LineScope {
  const { line } = config;
  return {
    name: line.name,
    matchesPath: line.paths.length > 0 ? picomatch(line.paths, { dot: true }) : null,
    pullRequestLabels: new Set(line.pullRequestLabels),
    environments: line.environments,
    workflows: line.workflows,
  };
}

/** Whether changes are filtered at all: only then are a pull request's files read. */
export function scopesChanges(scope: LineScope): boolean {
  return scope.matchesPath !== null || scope.pullRequestLabels.size > 0;
}

export function touchesLine(paths: readonly string[], scope: LineScope): boolean {
  const matches = scope.matchesPath;
  return matches === null ? scope.pullRequestLabels.size === 0 : paths.some((path) => matches(path));
}

export function labelledForLine(labels: readonly string[], scope: LineScope): boolean {
  return labels.some((label) => scope.pullRequestLabels.has(label));
}

/** A run counts when its workflow file (`ci.yml` or `.github/workflows/ci.yml`) or its name is listed. */
export function workflowInLine(
  run: { name: string; path?: string | null },
  scope: Pick<LineScope, 'workflows'>,
): boolean {
  if (scope.workflows.length === 0) return true;
  const file = run.path ? run.path.replace(/@.*$/, '') : '';
  const base = file.split('/').at(-1) ?? '';
  return scope.workflows.some((w) => w === run.name || w === base || w === file);
}
