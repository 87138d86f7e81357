import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { gql, must } from './helpers.ts';

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterEach(async () => {
  await emu.close();
});

const REPO = `query Repo($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id hasDiscussionsEnabled viewerPermission
    discussionCategories(first: 10) { nodes { id name slug } }
    retro: discussionCategory(slug: "retrospectives") { id name }
  }
}`;

async function repoInfo(token = 'ghs_emulator_default') {
  const res = await gql(emu, REPO, { owner: 'acme', name: 'shop' }, token);
  return res.body.data.repository;
}

describe('schema enforcement', () => {
  it('answers a document invalid against the schema with GitHub error shape and HTTP 200', async () => {
    const res = await gql(emu, '{ repository(owner: "acme", name: "shop") { noSuchField } }');
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('noSuchField'),
      locations: [{ line: 1, column: 45 }],
    });
    const syntax = await gql(emu, '{ repository(');
    expect(syntax.status).toBe(200);
    expect(syntax.body.errors?.[0]?.locations).toBeDefined();
  });

  it('fails loudly on a schema field the emulator does not implement', async () => {
    const res = await gql(emu, '{ repository(owner: "acme", name: "shop") { id forkCount } }');
    expect(res.body.errors?.[0]?.message).toContain('Repository.forkCount');
    expect(res.body.data?.repository).toBeNull();
  });

  it('requires first or last on connections whose nodes are selected, at most 100', async () => {
    const missing = await gql(
      emu,
      '{ repository(owner: "acme", name: "shop") { labels { nodes { name } } } }',
    );
    expect(missing.body.errors?.[0]?.message).toBe(
      'You must provide a `first` or `last` value to properly paginate the `labels` connection.',
    );
    const tooMany = await gql(
      emu,
      'query($n: Int) { repository(owner: "acme", name: "shop") { labels(first: $n) { nodes { name } } } }',
      { n: 101 },
    );
    expect(tooMany.body.errors?.[0]?.message).toBe(
      'Requesting 101 records on the `labels` connection exceeds the `first` limit of 100 records.',
    );
    const countOnly = await gql(emu, '{ repository(owner: "acme", name: "shop") { labels { totalCount } } }');
    expect(countOnly.body.errors).toBeUndefined();
    expect(countOnly.body.data.repository.labels.totalCount).toBeGreaterThan(5);
  });

  it('prices queries like GitHub (requests / 100) and refuses more than 500,000 nodes', async () => {
    const cheap = await gql(
      emu,
      '{ repository(owner: "acme", name: "shop") { pullRequests(first: 100) { nodes { labels(first: 20) { nodes { name } } } } } rateLimit { cost nodeCount } }',
    );
    expect(cheap.body.data.rateLimit).toEqual({ cost: 1, nodeCount: 2100 });
    const pricey = await gql(
      emu,
      '{ repository(owner: "acme", name: "shop") { pullRequests(first: 100) { nodes { commits(first: 100) { nodes { commit { oid } } } labels(first: 100) { nodes { name } } } } } rateLimit { cost used } }',
    );
    expect(pricey.body.data.rateLimit.cost).toBe(2);
    const huge = await gql(
      emu,
      '{ repository(owner: "acme", name: "shop") { pullRequests(first: 100) { nodes { commits(first: 100) { nodes { commit { history(first: 100) { nodes { oid } } } } } } } } }',
    );
    expect(huge.body.errors?.[0]?.type).toBe('MAX_NODE_LIMIT_EXCEEDED');
  });

  it('reports NOT_FOUND for an unknown repository', async () => {
    const res = await gql(emu, '{ repository(owner: "acme", name: "nope") { id } }');
    expect(res.body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'] });
  });

  it('reports viewer, rate limit and permissions', async () => {
    const res = await gql(emu, '{ viewer { login } rateLimit { cost remaining resetAt limit used } }');
    expect(res.body.data.viewer.login).toBe('github-actions[bot]');
    expect(res.body.data.rateLimit).toMatchObject({ cost: 1, limit: 1000, used: 1, remaining: 999 });
    expect((await repoInfo()).viewerPermission).toBe('WRITE');
    expect((await repoInfo('ghp_lee')).viewerPermission).toBe('MAINTAIN');
    expect((await repoInfo('ghp_troll')).viewerPermission).toBe('READ');
  });
});

describe('repository data', () => {
  it('serves pull requests with the fields the collector reads', async () => {
    const res = await gql(
      emu,
      `query { repository(owner: "acme", name: "shop") {
        pullRequests(first: 50, states: MERGED, baseRefName: "main", orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          nodes { number title url author { login } labels(first: 10) { nodes { name } } createdAt mergedAt
            additions deletions changedFiles reviews(first: 1) { totalCount }
            commits(first: 1) { nodes { commit { authoredDate committedDate oid } } } mergeCommit { oid } }
        } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const prs = res.body.data.repository.pullRequests;
    expect(prs.totalCount).toBe(15);
    const created = prs.nodes.map((p: { createdAt: string }) => p.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(prs.nodes[0].commits.nodes[0].commit.oid).toMatch(/^[0-9a-f]{40}$/);
    expect(prs.nodes.some((p: { reviews: { totalCount: number } }) => p.reviews.totalCount >= 2)).toBe(true);
  });

  it('serves deployments with statuses, refs with history, issues and milestones', async () => {
    const res = await gql(
      emu,
      `query { repository(owner: "acme", name: "shop") {
        deployments(first: 20, environments: ["production"], orderBy: { field: CREATED_AT, direction: ASC }) {
          nodes { environment commitOid createdAt creator { login } latestStatus { state createdAt } statuses(first: 5) { nodes { state createdAt } } }
        }
        ref(qualifiedName: "refs/tags/v1.4.1") { name target { ... on Commit { oid history(first: 3) { totalCount nodes { oid messageHeadline } } } } }
        issues(first: 20, labels: ["incident"], states: [CLOSED], filterBy: { since: "2026-03-01T00:00:00Z" }) { nodes { number title closedAt labels(first: 5) { nodes { name } } } }
        milestones(first: 5, states: [OPEN]) { nodes { title dueOn } }
      } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const repo = res.body.data.repository;
    expect(
      repo.deployments.nodes.map((d: { latestStatus: { state: string } }) => d.latestStatus.state),
    ).toContain('SUCCESS');
    // The rollback: an older sha deployed to production after a newer one.
    const shas = repo.deployments.nodes.map((d: { commitOid: string }) => d.commitOid);
    expect(shas.indexOf(shas[0])).not.toBe(shas.lastIndexOf(shas[0]));
    expect(repo.ref.target.history.nodes[0].messageHeadline).toBe('Prepare v1.4.1');
    expect(repo.issues.nodes).toHaveLength(2);
    expect(repo.milestones.nodes[0].title).toBe('Q1 polish');
  });
});

const CREATE = `mutation Create($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
  createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
    discussion { id number url title category { slug } author { login } }
  }
}`;
const COMMENT = `mutation Comment($discussionId: ID!, $body: String!, $replyToId: ID) {
  addDiscussionComment(input: { discussionId: $discussionId, body: $body, replyToId: $replyToId }) { comment { id databaseId url author { login } } }
}`;

describe('discussions', () => {
  it('round-trips create, comment, reply, reaction, update and close', async () => {
    const repo = await repoInfo();
    const created = await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Retro: v1.4.1',
      body: 'Agenda',
    });
    expect(created.body.errors).toBeUndefined();
    const discussion = created.body.data.createDiscussion.discussion;
    expect(discussion).toMatchObject({
      title: 'Retro: v1.4.1',
      category: { slug: 'retrospectives' },
      // GraphQL names a bot author by its bare slug; REST and `viewer` add [bot] (see the identity tests).
      author: { login: 'github-actions' },
    });
    expect(discussion.url).toBe(`https://github.com/acme/shop/discussions/${discussion.number}`);

    const thread = await gql(emu, COMMENT, { discussionId: discussion.id, body: '### What went well?' });
    const threadId = thread.body.data.addDiscussionComment.comment.id;
    const reply = await gql(
      emu,
      COMMENT,
      { discussionId: discussion.id, body: 'The rollback was quick', replyToId: threadId },
      'ghp_kim',
    );
    expect(reply.body.errors).toBeUndefined();
    const replyId = reply.body.data.addDiscussionComment.comment.id;
    const nested = await gql(
      emu,
      COMMENT,
      { discussionId: discussion.id, body: 'nested', replyToId: replyId },
      'ghp_sam',
    );
    expect(nested.body.errors?.[0]?.message).toMatch(/already in a thread/);

    const other = await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Other',
      body: '',
    });
    const cross = await gql(emu, COMMENT, {
      discussionId: other.body.data.createDiscussion.discussion.id,
      body: 'x',
      replyToId: threadId,
    });
    expect(cross.body.errors?.[0]?.type).toBe('UNPROCESSABLE');

    const react = await gql(
      emu,
      'mutation($id: ID!) { addReaction(input: { subjectId: $id, content: THUMBS_UP }) { reaction { content } subject { id } } }',
      { id: replyId },
      'ghp_troll',
    );
    expect(react.body.data.addReaction.reaction.content).toBe('THUMBS_UP');

    emu.clock.advance(3_600_000);
    const update = await gql(
      emu,
      'mutation($id: ID!) { updateDiscussion(input: { discussionId: $id, body: "Record v2" }) { discussion { body updatedAt } } }',
      { id: discussion.id },
    );
    expect(update.body.data.updateDiscussion.discussion).toEqual({
      body: 'Record v2',
      updatedAt: emu.clock.iso(),
    });
    const editComment = await gql(
      emu,
      'mutation($id: ID!) { updateDiscussionComment(input: { commentId: $id, body: "### What went well? (edited)" }) { comment { body } } }',
      { id: threadId },
    );
    expect(editComment.body.data.updateDiscussionComment.comment.body).toContain('edited');

    const read = await gql(
      emu,
      `query($n: Int!) { repository(owner: "acme", name: "shop") { discussion(number: $n) {
        id title body closed author { login }
        comments(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id body author { login }
          replies(first: 10) { nodes { id body author { login } reactionGroups { content reactors { totalCount } } } } } }
      } } }`,
      { n: discussion.number },
    );
    const d = read.body.data.repository.discussion;
    expect(d.comments.totalCount).toBe(1);
    const replies = d.comments.nodes[0].replies.nodes;
    expect(replies).toHaveLength(1);
    const thumbs = replies[0].reactionGroups.find((g: { content: string }) => g.content === 'THUMBS_UP');
    expect(thumbs.reactors.totalCount).toBe(1);
    expect(replies[0].reactionGroups).toHaveLength(8);

    const unreact = await gql(
      emu,
      'mutation($id: ID!) { removeReaction(input: { subjectId: $id, content: THUMBS_UP }) { reaction { content } } }',
      { id: replyId },
      'ghp_troll',
    );
    expect(unreact.body.errors).toBeUndefined();
    expect(emu.state.reactions.filter((r) => r.subjectType === 'discussionComment')).toHaveLength(0);

    const close = await gql(
      emu,
      'mutation($id: ID!) { closeDiscussion(input: { discussionId: $id, reason: RESOLVED }) { discussion { closed stateReason } } }',
      { id: discussion.id },
    );
    expect(close.body.data.closeDiscussion.discussion).toEqual({ closed: true, stateReason: 'RESOLVED' });
    const stored = emu.state.discussions.find((x) => x.nodeId === discussion.id);
    expect(stored).toMatchObject({ closed: true, body: 'Record v2' });
    expect(emu.state.discussionComments.filter((c) => c.discussionId === stored?.id)).toHaveLength(2);
  });

  it('refuses edits to someone else’s discussion by a read user', async () => {
    const repo = await repoInfo();
    const created = await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Retro',
      body: 'x',
    });
    const id = created.body.data.createDiscussion.discussion.id;
    const res = await gql(
      emu,
      'mutation($id: ID!) { updateDiscussion(input: { discussionId: $id, body: "mine now" }) { discussion { id } } }',
      { id },
      'ghp_kim',
    );
    expect(res.body.errors?.[0]).toMatchObject({ type: 'FORBIDDEN' });
  });

  it('finds discussions with search and resolves them by node id', async () => {
    const repo = await repoInfo();
    await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Retrospective: v1.4.1',
      body: 'body',
    });
    const generalId = repo.discussionCategories.nodes.find((c: { slug: string }) => c.slug === 'general').id;
    await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: generalId,
      title: 'Retrospective: v1.4.1 chatter',
      body: 'body',
    });
    const q = `query($q: String!) { search(type: DISCUSSION, query: $q, first: 10) { discussionCount nodes { ... on Discussion { id title category { name } } } } }`;
    const hit = await gql(emu, q, {
      q: 'repo:acme/shop in:title "Retrospective: v1.4.1" category:Retrospectives',
    });
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data.search.discussionCount).toBe(1);
    const both = await gql(emu, q, { q: 'repo:acme/shop in:title "Retrospective: v1.4.1"' });
    expect(both.body.data.search.discussionCount).toBe(2);
    const none = await gql(emu, q, { q: 'repo:acme/other "Retrospective: v1.4.1"' });
    expect(none.body.data.search.discussionCount).toBe(0);
    const id = hit.body.data.search.nodes[0].id;
    const node = await gql(
      emu,
      'query($id: ID!) { node(id: $id) { __typename ... on Discussion { title } } }',
      { id },
    );
    expect(node.body.data.node).toEqual({ __typename: 'Discussion', title: 'Retrospective: v1.4.1' });
  });

  it('searches issues and pull requests, and resolves node ids of several types', async () => {
    const q =
      'query($q: String!) { search(type: ISSUE, query: $q, first: 20) { issueCount nodes { __typename ... on Issue { number } ... on PullRequest { number } } } }';
    const incidents = await gql(emu, q, { q: 'repo:acme/shop is:issue label:incident is:closed' });
    expect(incidents.body.data.search.issueCount).toBe(2);
    const reverts = await gql(emu, q, { q: 'repo:acme/shop is:pr in:title "Revert"' });
    expect(reverts.body.data.search.nodes).toEqual([
      { __typename: 'PullRequest', number: expect.any(Number) },
    ]);
    const unknown = await gql(emu, q, { q: 'repo:acme/shop stars:>5' });
    expect(unknown.body.errors?.[0]?.message).toMatch(/does not implement the search qualifier `stars:`/);
    const ids = [
      emu.state.issues[0]?.nodeId,
      emu.state.pulls[0]?.nodeId,
      emu.state.repos[0]?.nodeId,
      emu.state.labels[0]?.nodeId,
    ];
    const nodes = await gql(emu, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(nodes.body.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'Issue',
      'PullRequest',
      'Repository',
      'Label',
    ]);
    const missing = await gql(emu, '{ node(id: "D_1") { id } }');
    expect(missing.body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', path: ['node'] });
  });

  it('lists discussions by category, newest first by default order of updates', async () => {
    const repo = await repoInfo();
    const created = await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Retro: v1.4.1',
      body: '',
    });
    expect(created.body.errors).toBeUndefined();
    const list = (categoryId?: string) =>
      gql(
        emu,
        'query($c: ID) { repository(owner: "acme", name: "shop") { discussions(first: 10, categoryId: $c) { totalCount nodes { title } } } }',
        { c: categoryId ?? null },
      );
    const inRetro = await list(repo.retro.id);
    expect(inRetro.body.data.repository.discussions.nodes).toEqual([{ title: 'Retro: v1.4.1' }]);
    const all = await list();
    expect(all.body.data.repository.discussions.totalCount).toBe(2);
  });

  it('pages discussion comments with after cursors', async () => {
    const repo = await repoInfo();
    const created = await gql(emu, CREATE, {
      repositoryId: repo.id,
      categoryId: repo.retro.id,
      title: 'Paging',
      body: '',
    });
    const id = created.body.data.createDiscussion.discussion.id;
    for (let i = 0; i < 5; i += 1) await gql(emu, COMMENT, { discussionId: id, body: `c${i}` });
    const page = (after: string | null) =>
      gql(
        emu,
        'query($id: ID!, $after: String) { node(id: $id) { ... on Discussion { comments(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { body } } } } }',
        { id, after },
      );
    const bodies: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await page(after);
      const c = res.body.data.node.comments;
      bodies.push(...c.nodes.map((n: { body: string }) => n.body));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(bodies).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });
});

const PROJECT = `query($org: String!, $n: Int!) { organization(login: $org) { projectV2(number: $n) {
  id title
  fields(first: 20) { nodes { ... on ProjectV2FieldCommon { id name dataType } ... on ProjectV2SingleSelectField { options { id name } } } }
  status: field(name: "Status") { ... on ProjectV2SingleSelectField { id options { id name } } }
  due: field(name: "Due") { ... on ProjectV2Field { id dataType } }
} } }`;

describe('projects (v2)', () => {
  it('refuses the default token like GitHub refuses GITHUB_TOKEN', async () => {
    const res = await gql(emu, PROJECT, { org: 'acme', n: 1 });
    expect(res.body.errors?.[0]).toMatchObject({
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
    });
    expect(res.body.data.organization.projectV2).toBeNull();
    const plainPat = await gql(emu, PROJECT, { org: 'acme', n: 1 }, 'ghp_maya');
    expect(plainPat.body.errors?.[0]?.type).toBe('FORBIDDEN');
  });

  it('lets a projects PAT add an issue and set text, number, date and single-select values', async () => {
    const token = 'ghp_projects';
    const project = (await gql(emu, PROJECT, { org: 'acme', n: 1 }, token)).body.data.organization.projectV2;
    expect(project.title).toBe('Retro actions');
    expect(project.status.options.map((o: { name: string }) => o.name)).toEqual([
      'Todo',
      'In progress',
      'Done',
    ]);
    const fields = Object.fromEntries(project.fields.nodes.map((f: { name: string }) => [f.name, f]));
    const issue = must(emu.state.issues[0]);
    const added = await gql(
      emu,
      'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }',
      { p: project.id, c: issue.nodeId },
      token,
    );
    const itemId = added.body.data.addProjectV2ItemById.item.id;
    const again = await gql(
      emu,
      'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }',
      { p: project.id, c: issue.nodeId },
      token,
    );
    expect(again.body.data.addProjectV2ItemById.item.id).toBe(itemId);
    const set = (fieldId: string, value: Record<string, unknown>) =>
      gql(
        emu,
        'mutation($p: ID!, $i: ID!, $f: ID!, $v: ProjectV2FieldValue!) { updateProjectV2ItemFieldValue(input: { projectId: $p, itemId: $i, fieldId: $f, value: $v }) { projectV2Item { id } } }',
        { p: project.id, i: itemId, f: fieldId, v: value },
        token,
      );
    const done = project.status.options.find((o: { name: string }) => o.name === 'Done').id;
    for (const [field, value] of [
      [project.status.id, { singleSelectOptionId: done }],
      [project.due.id, { date: '2026-04-01' }],
      [fields.Notes.id, { text: 'from retro' }],
      [fields.Estimate.id, { number: 3 }],
    ] as const) {
      const res = await set(field, value);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    }
    const wrong = await set(project.status.id, { text: 'Done' });
    expect(wrong.body.errors?.[0]?.type).toBe('UNPROCESSABLE');
    const items = await gql(
      emu,
      `query { organization(login: "acme") { projectV2(number: 1) { items(first: 10) { nodes { content { ... on Issue { number } }
        status: fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name } }
        fieldValues(first: 10) { nodes { ... on ProjectV2ItemFieldDateValue { date } ... on ProjectV2ItemFieldNumberValue { number } } } } } } } }`,
      {},
      token,
    );
    const item = items.body.data.organization.projectV2.items.nodes[0];
    expect(item.content.number).toBe(issue.number);
    expect(item.status.name).toBe('Done');
    expect(item.fieldValues.nodes).toEqual(expect.arrayContaining([{ date: '2026-04-01' }, { number: 3 }]));
    expect(emu.state.projectFieldValues).toHaveLength(4);
  });
});
