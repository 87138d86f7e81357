/**
 * The organisation workflow of docs/organisations.md beyond 256 repositories: its `list` step, run as written
 * with bash and jq and a stand-in `gh` that prints N repositories, cuts them into chunks of 256 (GitHub's
 * matrix limit), one output per `retro-N` job, skips empty chunks and fails loudly when the chunks outrun the
 * jobs; the workflow wires each chunk to its own matrix, one after the other, and every chunk to the report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docSnippets } from '../docs-snippets.ts';

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string | number>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  steps?: Step[];
  strategy?: { matrix?: { include?: string }; 'max-parallel'?: number; 'fail-fast'?: boolean };
}
interface Workflow {
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  const snippet = docSnippets().find(
    (s) => s.file === 'docs/organisations.md' && s.text.startsWith(`# ${name}`),
  );
  if (!snippet) throw new Error(`no ${name} in docs/organisations.md`);
  return parse(snippet.text) as Workflow;
}

const central = workflow('.github/workflows/release-retro-org.yml');
const listStep = central.jobs.repositories?.steps?.find((s) => s.id === 'list') as Step;

/** Runs the documented step with `count` topic repositories and returns its outputs (or its failure). */
function runList(count: number): { status: number; outputs: Record<string, unknown[]>; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'release-retro-chunks-'));
  const repos = Array.from({ length: count }, (_, i) => ({
    name: `svc-${i + 1}`,
    repositoryTopics: [{ name: 'release-retro' }, { name: `team-t${i % 3}` }],
  }));
  writeFileSync(join(dir, 'repos.json'), JSON.stringify(repos));
  // `gh search repos … --limit 1000` stands in for GitHub's search: it prints the repositories as JSON.
  writeFileSync(join(dir, 'gh'), `#!/usr/bin/env bash\ncat "${join(dir, 'repos.json')}"\n`);
  chmodSync(join(dir, 'gh'), 0o755);
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const result = spawnSync('bash', ['-e', '-c', listStep.run as string], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${dir}:${process.env.PATH}`,
      GITHUB_OUTPUT: output,
      GITHUB_REPOSITORY_OWNER: 'acme',
      GH_TOKEN: 'x',
      CHUNKS: String(listStep.env?.CHUNKS),
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [key, ...value] = line.split('=');
        return [key, JSON.parse(value.join('='))];
      }),
  );
  return { status: result.status ?? -1, outputs, stdout: result.stdout };
}

const hasJq = (() => {
  try {
    execFileSync('jq', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasJq)('the organisation workflow beyond 256 repositories', () => {
  it('cuts 300 repositories into chunks of 256 and 44, each with its team', () => {
    const { status, outputs } = runList(300);
    expect(status).toBe(0);
    expect(outputs['chunk-1']).toHaveLength(256);
    expect(outputs['chunk-2']).toHaveLength(44);
    expect(outputs['chunk-1']?.[0]).toEqual({ repository: 'svc-1', team: 't0' });
    expect(outputs['chunk-2']?.at(-1)).toEqual({ repository: 'svc-300', team: 't2' });
  });

  it('leaves the second chunk empty for 100 repositories (its job is then skipped)', () => {
    const { status, outputs } = runList(100);
    expect(status).toBe(0);
    expect(outputs['chunk-1']).toHaveLength(100);
    expect(outputs['chunk-2']).toEqual([]);
  });

  it('fails, naming the count, when the repositories need more chunks than there are jobs', () => {
    const { status, stdout } = runList(600);
    expect(status).not.toBe(0);
    expect(stdout).toContain('::error::600 repositories need 3 chunks of 256');
  });
});

describe('the jobs that run the chunks', () => {
  it('gives every chunk output a matrix job, one after the other, and every one to the report', () => {
    const chunks = Object.keys(
      (central.jobs.repositories as Job & { outputs: Record<string, string> }).outputs,
    );
    expect(chunks).toEqual(['chunk-1', 'chunk-2']);
    expect(Number(listStep.env?.CHUNKS)).toBe(chunks.length);
    chunks.forEach((chunk, i) => {
      const job = central.jobs[`retro-${i + 1}`] as Job;
      expect(job.uses).toBe('./.github/workflows/release-retro-chunk.yml');
      expect(job.with?.repositories).toBe(`\${{ needs.repositories.outputs.${chunk} }}`);
      // An empty matrix is an error on GitHub: an empty chunk's job does not run.
      expect(job.if).toContain(`needs.repositories.outputs.${chunk} != '[]'`);
      expect(job.needs).toEqual(i === 0 ? 'repositories' : ['repositories', `retro-${i}`]);
    });
    expect(central.jobs.report?.needs).toEqual(chunks.map((_, i) => `retro-${i + 1}`));
    expect(central.jobs.report?.if).toContain('!cancelled()');

    const chunk = workflow('.github/workflows/release-retro-chunk.yml');
    expect(chunk.jobs.retro?.strategy).toMatchObject({
      'fail-fast': false,
      'max-parallel': 10,
      matrix: { include: '${{ fromJSON(inputs.repositories) }}' },
    });
  });
});
