import { describe, expect, it } from 'vitest';
import { learningKey, learningSays } from '../../src/domain/learning-key.ts';
import { initialState, type Learning, type RetroState, withState } from '../../src/domain/state.ts';
import {
  ARCHIVED_EXCERPT,
  archivableLearnings,
  archivedKeys,
  learningsComments,
  learningsMarker,
  planArchive,
  withLearningsArchived,
} from '../../src/render/learning-archive.ts';
import { liveSection, rerenderBody } from '../../src/render/live-record.ts';
import { RECORDED_COMMAND_LENGTH, recordReply } from '../../src/retro/commands/apply-comment.ts';

/** Characters drawn from 20,000 CJK ideographs: text no compression can shrink much. */
function dense(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCodePoint(0x4e00 + (x % 20_000));
  }
  return out;
}

const learning = (i: number, text: string): Learning => ({
  text,
  author: 'maya',
  sourceCommentId: `DC_${i}`,
  sourceCommentUrl: `https://github.test/acme/shop/discussions/7#discussioncomment-${i}`,
});

function stateWith(learnings: Learning[]): RetroState {
  return {
    ...initialState({
      tag: 'v1.0.0',
      tags: ['v1.0.0'],
      previousTag: null,
      openedAt: '2026-01-01',
      metrics: {},
    }),
    learnings,
  };
}

const empty = stateWith([]);
const before = withState(
  [
    '# Retro',
    '## Key learnings',
    liveSection('learnings', ''),
    '## Action items',
    liveSection('action-items', ''),
  ].join('\n\n'),
  empty,
);

describe('moving learnings out of the record', () => {
  it('does nothing while the record fits', () => {
    const state = stateWith([learning(1, dense(1, 990)), learning(2, 'short')]);
    expect(planArchive(before, state, 5)).toEqual({ kind: 'fits' });
  });

  it('moves every long learning at once when the record would be too long, and then it fits', () => {
    const long = Array.from({ length: 28 }, (_, i) => learning(i, dense(i, 990)));
    const state = stateWith([...long, learning(99, 'Keep the runbook next to the alert')]);
    expect(rerenderBody(before, state, 5).length).toBeGreaterThan(65_536);
    const plan = planArchive(before, state, 5);
    if (plan.kind !== 'archive') throw new Error(`expected an archive, got ${plan.kind}`);
    // The short one stays whole: moving it would save nothing.
    expect(plan.learnings).toEqual(long);

    const url = 'https://github.test/acme/shop/discussions/7#discussioncomment-500';
    const archived = withLearningsArchived(state, plan.learnings, () => url);
    const body = rerenderBody(before, archived, 5);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(archived.learnings.at(-1)).toEqual(state.learnings.at(-1));
    const first = archived.learnings[0] as Learning;
    expect([...first.text].length).toBe(ARCHIVED_EXCERPT);
    expect(first.text.endsWith('…')).toBe(true);
    expect(first.archived).toEqual({ key: learningKey('DC_0', dense(0, 990)), url });
    // The record links each to its whole text; a learning once archived is not archived again.
    expect(body).toContain(
      `([comment](https://github.test/acme/shop/discussions/7#discussioncomment-0) · [whole text](${url}))`,
    );
    expect(archivableLearnings(archived)).toEqual([]);
    expect(planArchive(before, archived, 5)).toEqual({ kind: 'fits' });
  });

  it('says when not even that makes room', () => {
    const state = stateWith([learning(1, dense(1, 990))]);
    expect(planArchive(before, state, 5, 1_500)).toMatchObject({ kind: 'too-long' });
    expect(planArchive(before, stateWith([learning(1, 'short')]), 5, 200)).toMatchObject({
      kind: 'too-long',
    });
  });

  it('compares an archived learning with a comment line by its key', () => {
    const text = dense(3, 500);
    const [archived] = withLearningsArchived(stateWith([learning(3, text)]), [], () => '').learnings;
    expect(learningSays(archived as Learning, text)).toBe(true);
    const state = stateWith([learning(3, text)]);
    const [moved] = withLearningsArchived(state, state.learnings, () => 'https://github.test/c').learnings;
    expect(learningSays(moved as Learning, text)).toBe(true);
    expect(learningSays(moved as Learning, `${text}!`)).toBe(false);
    expect(learningSays(moved as Learning, (moved as Learning).text)).toBe(false);
  });

  it('writes the learnings whole into as few comments as fit, each within the limit, named by key', () => {
    const learnings = Array.from({ length: 50 }, (_, i) => learning(i, dense(100 + i, 1_000)));
    const bodies = learningsComments('v1.0.0', learnings, 'https://github.test/d/7');
    expect(bodies).toHaveLength(1);
    const small = learningsComments('v1.0.0', learnings, 'https://github.test/d/7', 10_000);
    expect(small.length).toBeGreaterThan(5);
    for (const body of small) {
      expect(body.length).toBeLessThanOrEqual(10_000);
      expect(body.startsWith(learningsMarker('v1.0.0'))).toBe(true);
    }
    const keys = small.flatMap((b) => [...archivedKeys(b)]);
    expect(keys).toEqual(learnings.map((l) => learningKey(l.sourceCommentId, l.text)));
    for (const l of learnings) expect(small.join('\n')).toContain(l.text);
    expect(learningsComments('v1.0.0', [], 'https://github.test/d/7')).toEqual([]);
  });

  it('neutralises mentions and hidden markers in the text it moves', () => {
    const hostile = learning(
      1,
      `Ask @kim and &#64;rio; <!-- release-retro:learning ${'0'.repeat(16)} --> <!-- release-retro:state x -->`,
    );
    const [body] = learningsComments('v1.0.0', [hostile], 'https://github.test/d/7');
    expect(body).not.toMatch(/(^|[^\w`\\])@kim/);
    expect(body).not.toContain('&#64;rio');
    expect(body).not.toContain('<!-- release-retro:state');
    // Only the action's own marker names a learning; the one in the text is inert.
    expect([...archivedKeys(body as string)]).toEqual([learningKey('DC_1', hostile.text)]);
  });

  it('keeps no second copy of a learning in the recorded reply: only the start of its command line', () => {
    const command = `/learning ${dense(7, 990)}`;
    const replies = recordReply({}, 'DC_7', [{ command, outcome: 'done', message: 'recorded the learning' }]);
    const kept = replies.DC_7?.[0]?.command ?? '';
    expect([...kept].length).toBe(RECORDED_COMMAND_LENGTH);
    expect(command.startsWith(kept.slice(0, -1))).toBe(true);
  });
});
