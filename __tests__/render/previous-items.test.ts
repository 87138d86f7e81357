import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/domain/state.ts';
import { followUpOf, isOverdue, renderPreviousItems } from '../../src/render/previous-items.ts';

const NOW = new Date('2026-03-18T12:00:00Z');
const item = (overrides: Partial<ActionItem> = {}): ActionItem => ({
  id: 'A1',
  title: 'Add a canary | @team <!-- x -->',
  owner: 'maya',
  due: '2026-03-20',
  priority: 'P1',
  labels: [],
  proposer: 'lee',
  sourceCommentId: 'DC_1',
  sourceCommentUrl: 'https://github.com/acme/shop/discussions/1#discussioncomment-1',
  votes: 2,
  status: 'created',
  decidedBy: 'maya',
  issueNumber: 7,
  issueUrl: 'https://github.com/acme/shop/issues/7',
  ...overrides,
});
const open = { found: true as const, state: 'open' as const, closedAt: null, url: 'u' };

describe('followUpOf', () => {
  it('is done when its issue is closed', () => {
    expect(
      followUpOf(item(), { ...open, state: 'closed', closedAt: '2026-03-12T09:00:00Z' }, NOW),
    ).toMatchObject({
      status: 'done',
      detail: 'closed 2026-03-12',
    });
    expect(
      followUpOf(
        item(),
        { ...open, state: 'closed', closedAt: '2026-03-12T09:00:00Z', stateReason: 'not_planned' },
        NOW,
      ).detail,
    ).toBe('closed as not planned 2026-03-12');
  });

  it('is open until the end of its due day, then overdue', () => {
    expect(followUpOf(item({ due: '2026-03-18' }), open, NOW).status).toBe('open');
    expect(followUpOf(item({ due: '2026-03-17' }), open, NOW)).toMatchObject({
      status: 'overdue',
      detail: '1 days overdue',
    });
    expect(isOverdue(null, NOW)).toBe(false);
  });

  it('is untracked without an issue, and overdue when its day has passed', () => {
    expect(followUpOf(item({ issueNumber: null, status: 'accepted' }), null, NOW).status).toBe('untracked');
    expect(
      followUpOf(item({ issueNumber: null, status: 'accepted', due: '2026-03-01' }), null, NOW).status,
    ).toBe('overdue');
  });

  it('says when the issue is gone', () => {
    expect(
      followUpOf(item(), { found: false, reason: 'issue #7 was deleted or transferred' }, NOW),
    ).toMatchObject({
      status: 'missing',
      detail: 'issue #7 was deleted or transferred',
    });
  });
});

describe('renderPreviousItems', () => {
  it('says when there is no previous retrospective', () => {
    expect(renderPreviousItems(null)).toContain('first retrospective of this release line');
  });

  it('renders a table with escaped titles and unnotified owners', () => {
    const text = renderPreviousItems({
      tag: 'v1.3.0',
      url: 'https://github.com/acme/shop/discussions/3',
      number: 3,
      followUps: [
        followUpOf(item(), open, NOW),
        followUpOf(item({ id: 'A2', issueNumber: null, issueUrl: null, status: 'accepted' }), null, NOW),
      ],
    });
    expect(text).toMatchInlineSnapshot(`
      "From [the v1.3.0 retrospective](https://github.com/acme/shop/discussions/3): 0 done, 1 open, 0 overdue, 1 not tracked.

      | Item | Action | Owner | Due | Status | Now |
      | --- | --- | --- | --- | --- | --- |
      | [A1 #7](https://github.com/acme/shop/issues/7) | Add a canary \\| @​team &lt;!-- x --&gt; | @​maya | 2026-03-20 | 🔄 open | in progress |
      | A2 | Add a canary \\| @​team &lt;!-- x --&gt; | @​maya | 2026-03-20 | 📝 not tracked | no issue: the retrospective was not finalized |

      _Start the meeting here: for each open or overdue item, is it still worth doing? If so, who unblocks it?_"
    `);
  });
});
