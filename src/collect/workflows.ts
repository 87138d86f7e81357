/**
 * Workflow runs: the release tags' own runs (build and publish) and the default branch's runs while the
 * release was built. REST /actions/runs with branch and created filters; page 1 gives total_count, the other
 * pages are fetched in parallel.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { workflowInLine } from './line-scope.ts';
import type { Section, WorkflowData, WorkflowRunFact } from './types.ts';
import { getJson, mapBulk, ms } from './util.ts';

const PER_PAGE = 100;
/** GitHub returns at most 1,000 runs for a filtered query. */
const FILTERED_RESULTS_CAP = 1000;

interface RestRun {
  id: number;
  name?: string | null;
  path?: string;
  event: string;
  head_branch: string | null;
  head_sha: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string;
  run_attempt?: number;
  html_url: string;
}

function runFact(r: RestRun): WorkflowRunFact {
  const started = r.run_started_at ?? r.created_at;
  return {
    id: r.id,
    name: r.name ?? '',
    event: r.event,
    branch: r.head_branch,
    headSha: r.head_sha,
    status: r.status ?? 'unknown',
    conclusion: r.conclusion,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    runAttempt: r.run_attempt ?? 1,
    durationMs: r.status === 'completed' ? Math.max(0, ms(r.updated_at) - ms(started)) : null,
    url: r.html_url,
  };
}

async function listRuns(
  github: GitHub,
  repo: RepoRef,
  filters: { branch: string; created?: string },
  warn: (message: string) => void,
  inLine: (run: RestRun) => boolean,
): Promise<WorkflowRunFact[]> {
  const fetchPage = async (page: number) =>
    (
      await getJson<{ total_count: number; workflow_runs: RestRun[] }>(
        github,
        'GET /repos/{owner}/{repo}/actions/runs',
        {
          owner: repo.owner,
          repo: repo.name,
          ...filters,
          per_page: PER_PAGE,
          page,
        },
      )
    ).data;
  const first = await fetchPage(1);
  const total = Math.min(first.total_count, FILTERED_RESULTS_CAP);
  if (first.total_count > FILTERED_RESULTS_CAP) {
    warn(
      `Only the first ${FILTERED_RESULTS_CAP} of ${first.total_count} workflow runs on ${filters.branch} are available.`,
    );
  }
  const pages = Math.ceil(total / PER_PAGE);
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    fetchPage,
  );
  return [first, ...rest]
    .flatMap((p) => p.workflow_runs)
    .filter(inLine)
    .map(runFact);
}

export interface WorkflowScope {
  tags: readonly string[];
  defaultBranch: string;
  /** Default-branch runs created in [from, to]; from = null means since the start. */
  from: string | null;
  to: string;
  /** The release line's workflows (file names or names); empty: every workflow. */
  workflows?: readonly string[];
}

export async function collectWorkflowRuns(
  github: GitHub,
  repo: RepoRef,
  scope: WorkflowScope,
  warn: (message: string) => void,
): Promise<Section<WorkflowData>> {
  const created = scope.from ? `${scope.from}..${scope.to}` : `<=${scope.to}`;
  const workflows = scope.workflows ?? [];
  const inLine = (run: RestRun) =>
    workflowInLine({ name: run.name ?? '', path: run.path ?? null }, { workflows });
  const [branchRuns, ...perTag] = await Promise.all([
    listRuns(github, repo, { branch: scope.defaultBranch, created }, warn, inLine),
    ...scope.tags.map((tag) => listRuns(github, repo, { branch: tag }, warn, inLine)),
  ]);
  const tagRuns = perTag.flat();
  if (tagRuns.length === 0 && (branchRuns ?? []).length === 0) {
    return {
      status: 'unavailable',
      reason: `No GitHub Actions workflow runs${workflows.length > 0 ? ` of ${workflows.join(', ')}` : ''} for ${scope.tags.join(', ')} or on ${scope.defaultBranch} in the release's window.`,
      hint: 'Run CI with GitHub Actions on pushes to the default branch and on release tags to measure CI health.',
    };
  }
  return {
    status: 'ok',
    data: { tagRuns, branchRuns: branchRuns ?? [], window: { from: scope.from, to: scope.to } },
  };
}
