/**
 * Configuration problems where people look: an error annotation on the file, line and column of each (GitHub
 * shows it on the run's summary page and beside the line in the file view), and a table in the job summary.
 * Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
import * as core from '@actions/core';
import { escapeInline, table } from '../render/markdown.ts';
import type { ConfigProblem } from './config-error.ts';

export async function reportConfigProblems(problems: readonly ConfigProblem[]): Promise<void> {
  for (const problem of problems) {
    core.error(problem.message, {
      title: 'release-retro configuration',
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    });
  }
  if (!process.env.GITHUB_STEP_SUMMARY || problems.length === 0) return;
  const rows = problems.map((p) => [
    `\`${escapeInline(p.file)}\` line ${p.line}, column ${p.column}`,
    escapeInline(p.message),
  ]);
  await core.summary
    .addRaw(
      `### release-retro: the configuration needs a fix\n\nNothing was changed on GitHub.\n\n${table(['where', 'problem'], rows)}\n`,
      true,
    )
    .write();
}
