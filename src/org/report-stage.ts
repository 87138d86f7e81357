/**
 * `mode: report`: reads the repositories' results (JSON files a matrix of runs wrote, found under `results`),
 * builds the organisation report and publishes it as one discussion in the running repository (the
 * organisation's `.github` repository backs its organisation discussions), found again by a hidden marker and
 * updated in place: a re-run with the same results changes nothing, never opens a second one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import {
  createDiscussion,
  getDiscussionSetup,
  listCategoryDiscussions,
  resolveCategory,
  updateDiscussionBody,
} from '../github/discussions.ts';
import { isBy } from '../github/identity.ts';
import type { RetroContext, StageResult } from '../retro/context.ts';
import { ORG_REPORT_MARKER, renderOrgReport } from './render.ts';
import { buildReport } from './report.ts';
import { type RepositoryResult, repositoryResultSchema } from './result.ts';

export const ORG_REPORT_TITLE = 'Release retrospectives: organisation report';

function jsonFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new ConfigError(
      `The results path "${path}" does not exist: download the matrix jobs' artifacts there first.`,
    );
  if (stat.isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

/** Every result file, validated; one bad file fails the run naming it (a half report would mislead). */
export function readResults(path: string): RepositoryResult[] {
  const files = jsonFiles(path);
  if (files.length === 0) throw new ConfigError(`No result files (*.json) under "${path}".`);
  const seen = new Map<string, string>();
  return files.map((file) => {
    const name = relative(path, file) || file;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new ConfigError(`${name} is not valid JSON: was it written by release-retro's result-file?`);
    }
    const parsed = repositoryResultSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(
        `${name} is not a release-retro result: ${issue?.path.join('.') || '(root)'} ${issue?.message}.`,
      );
    }
    const earlier = seen.get(parsed.data.repository);
    if (earlier)
      throw new ConfigError(`${name} and ${earlier} are both results of ${parsed.data.repository}.`);
    seen.set(parsed.data.repository, name);
    return parsed.data;
  });
}

export async function publishOrgReport(ctx: RetroContext, resultsPath: string): Promise<StageResult> {
  const results = readResults(resultsPath);
  const report = buildReport(results, ctx.now);
  const { title, body } = renderOrgReport(report, ORG_REPORT_TITLE);
  const setup = await getDiscussionSetup(ctx.github, ctx.repo);
  const category = resolveCategory(setup, ctx.config.discussionCategory, ctx.repo);
  const [discussions, actor] = await Promise.all([
    listCategoryDiscussions(ctx.github, ctx.repo, category.id),
    ctx.actor(),
  ]);
  const existing = discussions.find((d) => isBy(d.authorId, actor) && d.body.includes(ORG_REPORT_MARKER));
  const where = `${ctx.repo.owner}/${ctx.repo.name}`;
  let url: string;
  let outcome: string;
  if (!existing) {
    const created = await createDiscussion(ctx.github, ctx.writes, {
      repo: ctx.repo,
      repositoryId: setup.repositoryId,
      categoryId: category.id,
      title,
      body,
    });
    url = created.url;
    outcome = `Published the organisation report in ${where}: ${url}`;
  } else if (existing.body.trim() !== body.trim()) {
    await updateDiscussionBody(ctx.github, ctx.writes, {
      id: existing.id,
      label: `${where}#${existing.number}`,
      body,
    });
    url = existing.url;
    outcome = `Updated the organisation report: ${url}`;
  } else {
    url = existing.url;
    outcome = `The organisation report is up to date: ${url}`;
  }
  ctx.log.info(outcome);
  return {
    outputs: { 'discussion-url': ctx.writes.dryRun ? '' : url },
    summary: `# ${title}\n\n${outcome}\n\n${body.replace(ORG_REPORT_MARKER, '')}`,
  };
}
