/**
 * Parses Mermaid text with Mermaid's own parser, so tests prove a chart renders instead of matching strings.
 *
 * What works on Node 20 (mermaid 11, jsdom 26), found by trying:
 * - Mermaid needs `window` and `document` when imported (DOMPurify and d3 read them at module load), so
 *   the globals are set from a JSDOM window *before* the dynamic `import('mermaid')`. A static import
 *   would run first and fail. Doing it here keeps the test file in vitest's default `node` environment;
 *   `// @vitest-environment jsdom` at the top of a test file also works, but every test in that file then
 *   pays for a DOM environment it does not need.
 * - `mermaid.parse(text)` resolves with `{ diagramType }` or rejects with the parser's message. It checks
 *   grammar only: a gantt date that does not match `dateFormat` still parses. For that, use
 *   `mermaidDiagram(text)`, which also builds the diagram's database (`db.getTasks()` for a gantt computes
 *   every task's dates and throws on a bad one).
 * - The first import takes about a second; the module is cached for the rest of the file.
 *
 * Usage: `await expectMermaidToParse(markdown)` checks every ```mermaid block in a markdown string.
 */
import { expect } from 'vitest';

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<{ diagramType: string } | false>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
}

let loading: Promise<MermaidApi> | undefined;

async function load(): Promise<MermaidApi> {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window ??= window;
  g.document ??= window.document;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  return mermaid as unknown as MermaidApi;
}

export function loadMermaid(): Promise<MermaidApi> {
  loading ??= load();
  return loading;
}

/** Every ```mermaid fenced block's content, in order. */
export function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const re = /^(`{3,}|~{3,})mermaid[ \t]*\n([\s\S]*?)\n\1[ \t]*$/gm;
  for (const match of markdown.matchAll(re)) blocks.push(match[2] ?? '');
  return blocks;
}

/** Parses the text with Mermaid; rejects with Mermaid's message when it does not parse. */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await loadMermaid();
  const result = await mermaid.parse(text);
  if (result === false) throw new Error('mermaid.parse returned false');
  return result.diagramType;
}

/** The parsed diagram with its database (e.g. `db.getTasks()` for a gantt). */
export async function mermaidDiagram(text: string): Promise<{ type: string; db: unknown }> {
  const mermaid = await loadMermaid();
  return mermaid.mermaidAPI.getDiagramFromText(text);
}

/** Asserts that the markdown has at least one ```mermaid block and that every one of them parses. */
export async function expectMermaidToParse(markdown: string): Promise<string[]> {
  const blocks = mermaidBlocks(markdown);
  expect(blocks.length, 'expected at least one ```mermaid block').toBeGreaterThan(0);
  const types: string[] = [];
  for (const [i, block] of blocks.entries()) {
    try {
      types.push(await parseMermaid(block));
    } catch (error) {
      throw new Error(`mermaid block ${i} does not parse: ${String(error)}\n---\n${block}`);
    }
  }
  return types;
}

export interface GanttTaskDb {
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  crit?: boolean;
  done?: boolean;
  active?: boolean;
  milestone?: boolean;
}

export async function ganttTasksOf(markdown: string): Promise<GanttTaskDb[]> {
  const gantt = mermaidBlocks(markdown).find((b) => /^gantt$/m.test(b));
  if (!gantt) throw new Error('no gantt block');
  const diagram = await mermaidDiagram(gantt);
  return (diagram.db as { getTasks(): GanttTaskDb[] }).getTasks();
}

/**
 * The visible span of a parsed gantt covers the release's story (its first production deployment, the
 * rollback, the hotfix's deployment) and that story takes at least a tenth of the width, so at GitHub's width
 * (about 880 px) its bars and labels are apart, not one cluster at an edge.
 */
export function expectStoryVisible(tasks: readonly GanttTaskDb[], story: { from: Date; to: Date }): void {
  const from = Math.min(...tasks.map((t) => t.startTime.getTime()));
  const to = Math.max(...tasks.map((t) => t.endTime.getTime()));
  expect(from).toBeLessThanOrEqual(story.from.getTime());
  expect(to).toBeGreaterThanOrEqual(story.to.getTime());
  expect((story.to.getTime() - story.from.getTime()) / (to - from)).toBeGreaterThanOrEqual(0.1);
}
