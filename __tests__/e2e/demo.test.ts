/**
 * `npm run demo` keeps working: the whole lifecycle against the emulator, through the bundle, and what it
 * leaves in demo-output/ is what the README promises.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectMermaidToParse, expectStoryVisible, ganttTasksOf } from '../render/mermaid-parse.ts';
import { expectReadableData } from './demo-output-check.ts';

describe('npm run demo', () => {
  it('runs open → decisions → finalize → reminders and writes demo-output/', {
    timeout: 300_000,
  }, async () => {
    const log = execFileSync('npx', ['tsx', '--import', './scripts/text-assets.mjs', 'scripts/demo.ts'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(log).toContain('Demo finished.');

    const discussion = readFileSync('demo-output/discussion.md', 'utf8');
    expect(discussion).toMatch(/^# Retrospective: v1\.4\.0\n\n_#\d+ · closed_/);
    expect(discussion).toContain('From [the v1.3.0 retrospective]');
    expect(discussion).toContain('only facilitators');

    const issues = JSON.parse(readFileSync('demo-output/issues.json', 'utf8')) as {
      title: string;
      labels: string[];
      assignees: string[];
      milestone: { title: string } | null;
      project: Record<string, string> | null;
      reminders: number;
    }[];
    const v140 = issues.filter((i) => i.labels.includes('retro:v1.4.0'));
    expect(v140.map((i) => [i.title, i.assignees])).toEqual([
      ['Test migrations against a snapshot of production carts', ['sam']],
      ['Page on checkout error rate above 2%', ['lee']],
      ['Canary 5% of traffic for 30 minutes before full rollout', ['ana']],
    ]);
    for (const issue of v140) {
      expect(issue.milestone?.title).toMatch(/^Retro actions 2026-0[34]$/);
      expect(issue.project).toMatchObject({ Status: 'Todo' });
    }
    // The v1.3.0 runbook item went overdue and was reminded, at most once per remind-every-days.
    expect(issues.find((i) => i.title.startsWith('Write a rollback runbook'))?.reminders).toBe(2);
    // Nobody outside the team got an issue.
    expect(issues.some((i) => i.assignees.includes('troll'))).toBe(false);

    const retrospective = readFileSync('demo-output/retrospective.md', 'utf8');
    const frontMatter = parse(retrospective.split('---\n')[1] ?? '') as {
      tag: string;
      'action-items': number;
    };
    expect(frontMatter).toMatchObject({ tag: 'v1.4.0', 'action-items': 3 });
    expect(readFileSync('demo-output/summary.md', 'utf8')).toContain('v1.4.0');

    // What a reader sees: units on every figure, no duplicated metric rows, charts that parse, the story.
    const story = discussion.split('### What happened\n\n')[1]?.split('\n')[0] ?? '';
    expectReadableData(discussion, story);
    expectReadableData(retrospective, retrospective.split('## Summary\n\n')[1]?.split('\n')[0] ?? '');
    expect((await expectMermaidToParse(discussion)).length).toBeGreaterThanOrEqual(2);
    // The timeline's visible span covers v1.4.0's production deploy, its rollback and the v1.4.1 hotfix's
    // deploy, and gives that story at least a tenth of the chart's width.
    const tasks = await ganttTasksOf(discussion);
    const production = tasks.filter((t) => t.section === 'production');
    const bar = (label: string) => {
      const found = production.find((t) => t.task.trim() === label);
      if (!found)
        throw new Error(`no production bar "${label}" in ${production.map((t) => t.task).join(', ')}`);
      return found;
    };
    expect(bar('v1.4.0 (rolled back)').crit).toBe(true);
    expect(bar('v1.3.0 (rollback)').crit).toBeFalsy();
    expect(bar('v1.4.1').done).toBe(true);
    expectStoryVisible(tasks, { from: bar('v1.4.0 (rolled back)').startTime, to: bar('v1.4.1').startTime });
  });
});
