/**
 * `npm run bench -- --cold` and `npm run bench -- --table`: runs the cold benchmark (scripts/bench-cold.ts) and
 * prints it. --cold prints per kind the median and spread of every measure and, as its last line, the JSON
 * object `{"runs":[{kind, requests, bound, wallMs, criticalPathMs, floorMs, budgetShare}]}` (medians).
 * --table runs the growth series (100 to 5,000 pull requests), prints it as Markdown and rewrites the table
 * in docs/performance.md between its markers.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { LatencyModel } from '../emulator/index.ts';
import { coldBench, type KindReport, summaryJson } from './bench-cold.ts';
import type { BenchSize } from './bench-figures.ts';

export interface ColdCliOptions {
  size: BenchSize;
  latency: LatencyModel;
  runs: number;
  table: boolean;
  /** Pull-request counts of the growth series. */
  sizes?: number[];
  /** --cold only: another build's dist/ directory, run alternately with this one's and compared. */
  baseline?: string;
}

export const TABLE_SIZES = [100, 500, 1000, 2000, 5000];
const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';
const DOC = new URL('../docs/performance.md', import.meta.url);

const ratio = (a: number, b: number) => (b > 0 ? (Math.round((a / b) * 100) / 100).toFixed(2) : '—');
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)} %`;

function printKinds(reports: readonly KindReport[]): void {
  console.log(
    '  kind        requests (bound)  REST  points  repeated  chain (floor)  wall ms median [min–max]  critical path ms  Node floor ms  CPU ms  peak MB  budget',
  );
  for (const r of reports) {
    const m = r.median;
    console.log(
      `  ${r.kind.padEnd(10)}  ${`${m.requests} (${r.bound.requests})`.padStart(16)}  ${String(m.restRequests).padStart(4)}  ${String(m.graphqlPoints).padStart(6)}  ${String(m.repeatedReads).padStart(8)}  ${`${m.chain} (${r.bound.chainRequests})`.padStart(13)}  ${`${thousands(m.wallMs)} [${thousands(r.spread.wallMs[0])}–${thousands(r.spread.wallMs[1])}]`.padStart(24)}  ${String(r.bound.criticalPathMs).padStart(16)}  ${thousands(r.floorMs).padStart(13)}  ${String(m.cpuMs).padStart(6)}  ${String(m.peakMemoryMb).padStart(7)}  ${percent(m.budgetShare).padStart(6)}`,
    );
  }
}

function tableRows(size: BenchSize, reports: readonly KindReport[]): string[] {
  return reports.map((r) => {
    const m = r.median;
    return `| ${thousands(size.prs)} | ${r.kind} | ${m.requests} | ${r.bound.requests} | ${ratio(m.requests, r.bound.requests)} | ${m.repeatedReads} | ${m.graphqlPoints} | ${percent(m.budgetShare)} | ${m.chain} (${r.bound.chainRequests}) | ${thousands(r.bound.criticalPathMs)} | ${thousands(m.wallMs)} (${thousands(r.spread.wallMs[0])}–${thousands(r.spread.wallMs[1])}) | ${ratio(m.wallMs, r.bound.criticalPathMs)} | ${ratio(r.floorMs, r.bound.criticalPathMs)} | ${thousands(m.cpuMs)} | ${m.peakMemoryMb} |`;
  });
}

/** This build against the baseline, kind by kind: medians of wall time (and its ratio to the critical path) and CPU. */
function printComparison(reports: readonly KindReport[]): void {
  console.log(
    '  kind        wall ms this build (/ critical path)  baseline  difference  CPU ms this build  baseline',
  );
  for (const r of reports) {
    const b = r.baseline;
    if (!b) continue;
    const cp = r.bound.criticalPathMs;
    const diff = r.median.wallMs - b.median.wallMs;
    const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
    console.log(
      `  ${r.kind.padEnd(10)}  ${`${thousands(r.median.wallMs)} (${ratio(r.median.wallMs, cp)})`.padStart(34)}  ${`${thousands(b.median.wallMs)} (${ratio(b.median.wallMs, cp)})`.padStart(16)}  ${`${sign}${thousands(Math.abs(diff))}`.padStart(10)}  ${String(r.median.cpuMs).padStart(17)}  ${String(b.median.cpuMs).padStart(8)}`,
    );
  }
}

export async function runColdCli(options: ColdCliOptions): Promise<void> {
  const progress = (line: string) => console.error(line);
  if (!options.table) {
    const reports = await coldBench({
      size: options.size,
      latency: options.latency,
      runs: options.runs,
      progress,
      ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
    });
    printKinds(reports);
    if (options.baseline !== undefined) printComparison(reports);
    console.log(JSON.stringify(summaryJson(reports)));
    return;
  }
  const load = loadavg()[0]?.toFixed(1);
  const rows: string[] = [];
  const series: { prs: number; runs: ReturnType<typeof summaryJson>['runs'] }[] = [];
  const sizes = options.sizes ?? TABLE_SIZES;
  for (const prs of sizes) {
    const size: BenchSize = { ...options.size, prs, commits: prs * 5 };
    progress(`— ${prs} pull requests, ${size.commits} commits`);
    const reports = await coldBench({ size, latency: options.latency, runs: options.runs, progress });
    rows.push(...tableRows(size, reports));
    series.push({ prs, runs: summaryJson(reports).runs });
  }
  const table = [
    `Generated by \`npm run bench -- --table --runs ${options.runs}${options.sizes ? ` --sizes ${sizes.join(',')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}: commits = 5 × pull requests, ${options.size.deployments} deployments and ${options.size.issues} issues in the release, latency ${options.latency.fixedMs} ms + ${options.latency.perNodeMs} ms a node, medians of ${options.runs} cold runs (spread min–max), 1-minute load average ${load} when it started.`,
    '',
    '| pull requests | run | requests | bound | ratio | repeated reads | GraphQL points | budget share | chain (floor) | critical path ms | wall ms (min–max) | wall / critical path | Node floor / critical path | CPU ms | peak MB |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from !== -1 && to > from) {
    writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
    progress('docs/performance.md: growth table rewritten');
  }
  console.log(table);
  console.log(JSON.stringify({ table: series }));
}
