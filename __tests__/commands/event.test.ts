import { describe, expect, it } from 'vitest';
import { readCommentEvent } from '../../src/retro/commands/comment-event.ts';
import { screenEvent } from '../../src/retro/commands/event.ts';

const config = { discussionCategory: 'Retrospectives' };

function payload(body: string, extra: Record<string, unknown> = {}) {
  return {
    comment: {
      id: 5,
      node_id: 'DC_5',
      body,
      user: { login: 'sam', type: 'User' },
      parent_id: 4,
      created_at: '2026-03-10T10:00:00Z',
      updated_at: '2026-03-10T11:00:00Z',
      html_url: 'https://github.com/acme/shop/discussions/7#discussioncomment-5',
    },
    discussion: { number: 7, node_id: 'D_7', category: { slug: 'retrospectives', name: 'Retrospectives' } },
    ...extra,
  };
}

describe('readCommentEvent', () => {
  it('reads the fields the stage uses, including the text before an edit', () => {
    const event = readCommentEvent(payload('/help', { changes: { body: { from: '/hlep' } } }), 'edited');
    expect(event).toEqual({
      action: 'edited',
      comment: {
        id: 5,
        nodeId: 'DC_5',
        body: '/help',
        previousBody: '/hlep',
        login: 'sam',
        userId: null,
        userType: 'User',
        parentId: 4,
        createdAt: '2026-03-10T10:00:00Z',
        updatedAt: '2026-03-10T11:00:00Z',
        url: 'https://github.com/acme/shop/discussions/7#discussioncomment-5',
      },
      discussion: { number: 7, nodeId: 'D_7', category: { slug: 'retrospectives', name: 'Retrospectives' } },
    });
  });

  it('says what is missing from a malformed payload', () => {
    expect(readCommentEvent({ comment: { body: '/help' }, discussion: {} }, 'created')).toMatch(
      /lacks id, nodeId, login, createdAt, number/,
    );
    expect(readCommentEvent({}, 'created')).toMatch(/no comment or discussion/);
  });
});

describe('screenEvent', () => {
  it('matches the category by name or slug, case-insensitively', () => {
    expect(screenEvent(payload('/help'), 'created', { discussionCategory: 'retrospectives' }).kind).toBe(
      'commands',
    );
    expect(screenEvent(payload('/help'), 'created', config).kind).toBe('commands');
  });

  it('keeps an edit that removed the last command, so its proposal can be withdrawn', () => {
    const screened = screenEvent(
      payload('never mind', { changes: { body: { from: '/action Add dashboards' } } }),
      'edited',
      config,
    );
    expect(screened).toMatchObject({ kind: 'commands', lines: [], previous: [{ kind: 'action' }] });
  });

  it('finds no command in prose, quotes and code (the run only reconciles)', () => {
    for (const body of [
      'plain text',
      '> /accept A1',
      '```\n/accept A1\n```',
      '`/accept A1`',
      '/usr/bin/env',
    ]) {
      expect(screenEvent(payload(body), 'created', config).kind).toBe('no-commands');
    }
  });

  it('parses relative dates from when the comment was written, not edited', () => {
    const screened = screenEvent(payload('/action a due:+1d'), 'edited', config);
    expect(screened).toMatchObject({ kind: 'commands', lines: [{ due: '2026-03-11' }] });
  });
});
