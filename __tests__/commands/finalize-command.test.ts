/** `/finalize` hands the record just written to the finalize stage. */
import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { initialState, withState } from '../../src/domain/state.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import { liveSection } from '../../src/render/live-record.ts';
import { handleDiscussionComment } from '../../src/retro/commands/index.ts';
import type { RetroContext } from '../../src/retro/context.ts';
import { finalizeDiscussion } from '../../src/retro/finalize/index.ts';
import { listingReply, op } from './nock-commands.ts';

vi.mock('../../src/retro/finalize/index.ts', () => ({
  finalizeDiscussion: vi.fn(async () => ({ outputs: {}, summary: 'finalized' })),
  finalizeRetrospective: vi.fn(),
  autoFinalize: vi.fn(),
  unfinishedFinalize: (state: { status: string; finalizedAt: string | null }) =>
    state.status === 'open' && state.finalizedAt !== null,
}));
const API = 'https://api.github.com';
const log = { info() {}, warning() {}, debug() {} };
const ctx: RetroContext = {
  github: createGitHubClient({ token: 't', apiUrl: API, log }),
  projectGithub: null,
  writes: new WriteGateway({ dryRun: false, intervalMs: 0, log }),
  repo: { owner: 'acme', name: 'shop' },
  config: loadConfig(null, '.github/release-retro.yml'),
  now: new Date('2026-03-10T12:00:00Z'),
  log,
  workspace: '/tmp',
  serverUrl: 'https://github.com',
  actor: async () => ({ login: 'github-actions[bot]', databaseId: 41898282 }),
  settleMs: 0,
};

describe('/finalize', () => {
  it('runs the finalize stage for a facilitator, after recording the comment and replying', async () => {
    const state = initialState({
      tag: 'v1.4.0',
      tags: ['v1.4.0'],
      previousTag: null,
      openedAt: 'x',
      metrics: {},
    });
    const body = withState(`# R\n${liveSection('action-items', '')}\n${liveSection('learnings', '')}`, state);
    const discussion = (text: string) => ({
      data: {
        repository: {
          discussion: {
            id: 'D_1',
            number: 7,
            url: 'https://github.com/acme/shop/discussions/7',
            title: 'R',
            body: text,
            closed: false,
            createdAt: 'x',
            author: { __typename: 'Bot', login: 'github-actions', databaseId: 41898282 },
            category: { id: 'C', slug: 'retrospectives', name: 'Retrospectives' },
          },
        },
      },
    });
    let written = '';
    const order: string[] = [];
    const listing = listingReply([{ id: 'DC_1', body: '/finalize', author: 'lee' }]);
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussion(body))
      .post('/graphql', op('CommandComments'))
      .reply(200, listing)
      .get('/repos/acme/shop/collaborators/lee/permission')
      .reply(200, { permission: 'write', role_name: 'maintain' })
      .post('/graphql', op('ProposalVotes'))
      .reply(200, { data: { nodes: [] } })
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, (_uri, request) => {
        written = (request as { variables: { body: string } }).variables.body;
        order.push('write');
        return { data: { updateDiscussion: { discussion: { id: 'D_1', updatedAt: 'y' } } } };
      })
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussion(written))
      .post('/graphql', op('CommandComments'))
      .reply(200, listing)
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, () => {
        order.push('reply');
        return { data: { addDiscussionComment: { comment: { id: 'DC_2', databaseId: 2, url: 'u' } } } };
      })
      .post('/graphql', op('CommandComments'))
      .reply(200, listing);
    const payload = {
      comment: {
        id: 1,
        node_id: 'DC_1',
        body: '/finalize',
        user: { login: 'lee', type: 'User' },
        parent_id: null,
        created_at: '2026-03-10T10:00:00Z',
        updated_at: '2026-03-10T10:00:00Z',
        html_url: 'https://github.com/acme/shop/discussions/7#discussioncomment-1',
      },
      discussion: { number: 7, node_id: 'D_1', category: { slug: 'retrospectives', name: 'Retrospectives' } },
    };
    await handleDiscussionComment(ctx, payload, 'created');
    expect(order).toEqual(['write', 'reply']);
    expect(finalizeDiscussion).toHaveBeenCalledTimes(1);
    const retro = vi.mocked(finalizeDiscussion).mock.calls[0]?.[1];
    // The record just written and read back, body and state together: finalize rewrites that body.
    expect(retro?.state.processedComments).toEqual({ DC_1: '2026-03-10T10:00:00Z' });
    expect(retro?.discussion.body).toBe(written);
  });
});
