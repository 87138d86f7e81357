import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, initialState } from '../../src/domain/state.ts';
import {
  continuationBody,
  movableSections,
  planFit,
  withSectionsMoved,
} from '../../src/render/record-budget.ts';

const table = (n: number) =>
  `| a | b |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| ${i} | ${'x'.repeat(90)} |`).join('\n')}`;
const body = [
  '# Retro',
  '## Who is invited',
  '@maya @lee',
  '### What shipped',
  table(400),
  '### Timeline',
  '```mermaid\n## not a heading\n```',
  table(50),
  '## Action items',
  '<!-- release-retro:action-items:start -->\n…\n<!-- release-retro:action-items:end -->',
].join('\n\n');

describe('the record budget', () => {
  it('moves only data sections: never one with a hidden marker or a live mention, never a heading in a fence', () => {
    expect(movableSections(body).map((s) => s.heading)).toEqual(['### What shipped', '### Timeline']);
  });

  it('moves the largest sections first, only as many as needed, and links each', () => {
    expect(planFit(body, body.length)).toEqual({ kind: 'fits' });
    const plan = planFit(body, body.length - 1_000);
    if (plan.kind !== 'move') throw new Error(`expected a move, got ${plan.kind}`);
    expect(plan.sections.map((s) => s.heading)).toEqual(['### What shipped']);
    const moved = withSectionsMoved(body, plan.sections, 'https://github.test/c/1');
    expect(moved.length).toBeLessThanOrEqual(body.length - 1_000);
    expect(moved).toContain('### What shipped\n\n_Moved to [a comment of its own](https://github.test/c/1)');
    expect(moved).toContain('@maya @lee');
    // Moved sections are not moved again; what cannot fit says so.
    expect(movableSections(moved).map((s) => s.heading)).toEqual(['### Timeline']);
    expect(planFit(moved, 200)).toMatchObject({ kind: 'too-long' });
  });

  it('adds a section to the continuation once, so a run that died before rewriting the body repeats nothing', () => {
    const plan = planFit(body, body.length - 1_000);
    if (plan.kind !== 'move') throw new Error('expected a move');
    const first = continuationBody('v1.0.0', null, plan.sections, 'https://github.test/d/1');
    expect(first.startsWith('<!-- release-retro:continuation v1.0.0 -->')).toBe(true);
    expect(continuationBody('v1.0.0', first, plan.sections, 'https://github.test/d/1')).toBe(first);
  });

  it('deflates a large state and reads both forms', () => {
    const small = initialState({
      tag: 'v1',
      tags: ['v1'],
      previousTag: null,
      openedAt: '2026-01-01',
      metrics: {},
    });
    expect(encodeState(small)).toMatch(/^<!-- release-retro:state eyJ/);
    const large = {
      ...small,
      learnings: Array.from({ length: 30 }, (_, i) => ({
        text: `We learned that small batches ship faster, lesson ${i}. `.repeat(18),
        author: 'maya',
        sourceCommentId: `DC_${i}`,
        sourceCommentUrl: `https://github.com/acme/shop/discussions/1#discussioncomment-${i}`,
      })),
    };
    const block = encodeState(large);
    expect(block).toMatch(/^<!-- release-retro:state z\./);
    expect(block.length).toBeLessThan(JSON.stringify(large).length / 3);
    expect(decodeState(`text\n${block}\n`)).toEqual(large);
    expect(decodeState(encodeState(small))).toEqual(small);
  });
});
