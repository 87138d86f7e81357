import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../src/collect/errors.ts';
import { BULK_RETRY, GraphqlErrors, graphqlPages, graphqlQuery } from '../../src/collect/graphql.ts';
import { API, client } from './nock-github.ts';

const query =
  'query Things($cursor: String) { things(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id } } }';
type Page = {
  things: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: number }[] };
};
const reply = (ids: number[], next: string | null) => ({
  data: {
    things: { pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes: ids.map((id) => ({ id })) },
  },
});

describe('graphqlPages', () => {
  it('passes each endCursor as $cursor until the last page', async () => {
    const cursors: unknown[] = [];
    nock(API)
      .post('/graphql', (body: { variables: { cursor: unknown } }) => cursors.push(body.variables.cursor) > 0)
      .reply(200, reply([1, 2], 'c1'))
      .post('/graphql')
      .reply(200, reply([3], 'c2'))
      .post('/graphql')
      .reply(200, reply([4], null));
    const ids: number[] = [];
    for await (const page of graphqlPages<Page>(client(), query, { owner: 'acme' }, (p) => p.things)) {
      ids.push(...page.things.nodes.map((n) => n.id));
    }
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(cursors[0]).toBeNull();
  });

  it('stops when the caller has read enough', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, reply([1], 'c1'));
    for await (const page of graphqlPages<Page>(client(), query, {}, (p) => p.things)) {
      expect(page.things.nodes).toHaveLength(1);
      break;
    }
  });

  it('throws the GraphQL errors, so FORBIDDEN reads as a refusal and others propagate', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        data: null,
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      })
      .post('/graphql')
      .reply(200, { data: null, errors: [{ type: 'SOMETHING_ELSE', message: 'Boom' }] });
    const read = async () => {
      for await (const _ of graphqlPages<Page>(client(), query, {}, (p) => p.things)) {
        // drain
      }
    };
    const forbidden = await read().catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(GraphqlErrors);
    expect(isRefusal(forbidden)).toBe(true);
    const other = await read().catch((e: unknown) => e);
    expect((other as Error).message).toBe('GraphQL: Boom');
    expect(isRefusal(other)).toBe(false);
  });
});

describe('graphqlQuery retries what GitHub answers with 200 and errors (the client hooks see a stream here)', () => {
  const transient = {
    data: null,
    errors: [
      { message: 'Something went wrong while executing your query. Please include `ABCD` when reporting.' },
    ],
  };
  const rateLimited = {
    data: null,
    errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }],
  };
  // The bulk reader waits the client's own base delay (RELEASE_RETRO_RETRY_BASE_DELAY_MS in a run); 0 here, so
  // the test counts the attempts and never waits (the 1 s, 4 s, 9 s policy: BULK_RETRY, retry.test.ts).
  const fast = () => client({ retryBaseDelayMs: 0 });

  it('retries the transient GraphQL error and a RATE_LIMITED that resets now, then reads the page', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, transient)
      .post('/graphql')
      .reply(200, rateLimited, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 1),
      })
      .post('/graphql')
      .reply(200, reply([7], null));
    await expect(graphqlQuery<Page>(fast(), query, {})).resolves.toEqual(reply([7], null).data);
  });

  it('gives up after 3 retries with GitHub’s message, and never waits an hour for a rate limit', async () => {
    expect(BULK_RETRY.retries).toBe(3);
    nock(API).post('/graphql').times(4).reply(200, transient);
    await expect(graphqlQuery<Page>(fast(), query, {})).rejects.toThrow(/Something went wrong/);
    nock(API)
      .post('/graphql')
      .reply(200, rateLimited, { 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) });
    await expect(graphqlQuery<Page>(fast(), query, {})).rejects.toMatchObject({
      errors: [{ type: 'RATE_LIMITED' }],
    });
  });
});
