/** The pure rules of finalize: order, labels, milestones, markers, acceptance criteria, rendering safety. */
import { readFileSync } from 'node:fs';
import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, type IntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import type { ActionItem } from '../../src/domain/state.ts';
import type { Issue } from '../../src/github/issues.ts';
import {
  issueTitle,
  renderClosingComment,
  renderIssueBody,
  renderReminder,
} from '../../src/render/retrospective.ts';
import { formatFailures } from '../../src/retro/finalize/failures.ts';
import { issueChanges } from '../../src/retro/finalize/issues.ts';
import { issueKey, readDueMarker, readIssueKey, replaceRegion } from '../../src/retro/finalize/markers.ts';
import {
  acceptanceCriteria,
  labelsFor,
  lastDayOfMonth,
  milestoneFor,
  orderForIssues,
} from '../../src/retro/finalize/plan.ts';
import { publishBranch, publishPath } from '../../src/retro/finalize/publish.ts';
import { daysOverdue, dueOfIssue } from '../../src/retro/remind/index.ts';

const config = loadConfig(null, 'none');
const item = (over: Partial<ActionItem>): ActionItem => ({
  id: 'A1',
  title: 'Do the thing',
  owner: 'sam',
  due: '2026-12-01',
  priority: 'P1',
  labels: [],
  proposer: 'lee',
  sourceCommentId: 'DC_1',
  sourceCommentUrl: 'https://github.com/acme/shop/discussions/1#discussioncomment-1',
  votes: 0,
  status: 'accepted',
  decidedBy: 'maya',
  issueNumber: null,
  issueUrl: null,
  ...over,
});

describe('plan', () => {
  it('orders by priority (default P2 for none), then votes, then proposal order', () => {
    const items = [
      item({ id: 'A1', priority: null, votes: 5 }),
      item({ id: 'A2', priority: 'P3', votes: 9 }),
      item({ id: 'A3', priority: 'P0', votes: 0 }),
      item({ id: 'A4', priority: 'P2', votes: 5 }),
      item({ id: 'A5', priority: 'P2', votes: 7 }),
    ];
    expect(orderForIssues(items, config).map((i) => i.id)).toEqual(['A3', 'A5', 'A1', 'A4', 'A2']);
  });

  it('labels: base, tag, priority, own labels; duplicates and case folded; 50 characters at most', () => {
    const names = labelsFor(item({ labels: ['CI', 'ci', 'retro-action'] }), config, 'v1.4.0').map(
      (l) => l.name,
    );
    expect(names).toEqual(['retro-action', 'retro:v1.4.0', 'priority:P1', 'CI']);
    const long = labelsFor(item({}), config, `v${'9'.repeat(80)}`)[1]?.name ?? '';
    expect([...long]).toHaveLength(50);
  });

  it('monthly milestones end on the last day of the month, leap years included', () => {
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(lastDayOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(milestoneFor(item({ due: '2026-12-01' }), config)).toEqual({
      title: 'Retro actions 2026-12',
      dueDay: '2026-12-31',
    });
    expect(milestoneFor(item({ due: null }), config)).toBeNull();
    const fixed = loadConfig(
      'action-items:\n  milestones:\n    strategy: fixed\n    fixed-title: Retro',
      'x',
    );
    expect(milestoneFor(item({}), fixed)).toEqual({ title: 'Retro', dueDay: null });
    const none = loadConfig('action-items:\n  milestones:\n    strategy: none\n', 'x');
    expect(milestoneFor(item({}), none)).toBeNull();
  });

  it('reads acceptance criteria from the proposing comment, up to the next command', () => {
    expect(acceptanceCriteria('/action Do it @sam\n\nAcceptance criteria:\n- a\n- b\n/action other')).toBe(
      '- a\n- b',
    );
    expect(acceptanceCriteria('/action x\n**Done when:** the build is green')).toBe('the build is green');
    expect(acceptanceCriteria('/action x\nno criteria here')).toBeNull();
  });

  it('keys cannot be closed early by a tag and are read back', () => {
    expect(issueKey('v1.4.0', 'A3')).toBe('<!-- retro:v1.4.0:A3 -->');
    const odd = issueKey('v1 -->x', 'A1');
    expect(odd.indexOf('-->')).toBe(odd.length - 3);
    expect(readIssueKey(`text\n${odd}`)).toEqual({ tag: 'v1 -->x', itemId: 'A1' });
    expect(readDueMarker('<!-- retro-due:2026-12-01 -->')).toBe('2026-12-01');
  });

  it('replaces its own region and keeps what people added around it', () => {
    const body = 'mine above\n<!-- s -->old<!-- e -->\nmine below';
    expect(replaceRegion(body, '<!-- s -->', '<!-- e -->', '<!-- s -->new<!-- e -->')).toBe(
      'mine above\n<!-- s -->new<!-- e -->\nmine below',
    );
    expect(replaceRegion('notes', '<!-- s -->', '<!-- e -->', 'R')).toBe('notes\n\nR');
  });

  it('updates an issue only where the retrospective differs, adding labels and owners without removing others', () => {
    const issue: Issue = {
      id: 1,
      nodeId: 'I_1',
      number: 1,
      url: 'u',
      title: 'T',
      body: 'B',
      state: 'open',
      stateReason: null,
      closedAt: null,
      author: 'github-actions[bot]',
      authorId: 41898282,
      labels: ['retro-action', 'needs-design'],
      assignees: ['kim'],
      milestone: { number: 2, title: 'M', dueOn: null },
    };
    expect(
      issueChanges(issue, {
        title: 'T',
        body: 'B',
        labels: ['Retro-Action'],
        assignees: ['KIM'],
        milestone: 2,
      }),
    ).toEqual({});
    expect(
      issueChanges(issue, {
        title: 'T',
        body: 'B',
        labels: ['retro-action', 'ci'],
        assignees: ['sam'],
        milestone: null,
      }),
    ).toEqual({
      labels: ['retro-action', 'needs-design', 'ci'],
      assignees: ['kim', 'sam'],
    });
  });

  it('groups the same failure across items into one line', () => {
    expect(
      formatFailures([
        { subject: 'A1', step: 'project', message: 'no token' },
        { subject: 'A2', step: 'project', message: 'no token' },
        { subject: 'A2', step: 'assignee', message: 'not assignable' },
      ]),
    ).toEqual(['A1, A2: project: no token', 'A2: assignee: not assignable']);
  });

  it('makes tags safe in paths and branch names', () => {
    expect(publishPath('docs/retrospectives/{tag}.md', 'api/v1.2 beta')).toBe(
      'docs/retrospectives/api-v1.2-beta.md',
    );
    expect(publishBranch('release-retro/{tag}', 'v1..2~x')).toBe('release-retro/v1.2-x');
  });
});

describe('reminder dates', () => {
  const issue = (body: string, dueOn: string | null): Issue => ({
    id: 1,
    nodeId: 'I',
    number: 1,
    url: 'u',
    title: 't',
    body,
    state: 'open',
    stateReason: null,
    closedAt: null,
    author: 'github-actions[bot]',
    authorId: 41898282,
    labels: [],
    assignees: [],
    milestone: dueOn ? { number: 1, title: 'm', dueOn } : null,
  });

  it('takes the due marker first, then the milestone day as GitHub stores it', () => {
    expect(dueOfIssue(issue('<!-- retro-due:2026-04-10 -->', '2026-04-30T07:00:00Z'))).toBe('2026-04-10');
    expect(dueOfIssue(issue('', '2026-04-30T07:00:00Z'))).toBe('2026-04-30');
    expect(dueOfIssue(issue('', null))).toBeNull();
  });

  it('counts whole days after the due day (UTC)', () => {
    expect(daysOverdue('2026-03-31', new Date('2026-03-31T23:00:00Z'))).toBe(0);
    expect(daysOverdue('2026-03-31', new Date('2026-04-01T00:00:01Z'))).toBe(1);
    expect(daysOverdue('2026-03-31', new Date('2026-04-02T09:00:00Z'))).toBe(2);
  });
});

describe('rendering', () => {
  it('escapes untrusted titles and comment text in the issue body, and mentions only the owner', () => {
    const body = renderIssueBody({
      tag: 'v1.4.0',
      item: item({
        title: 'Fix <!-- release-retro:state x --> @everyone | `code`',
        owner: 'sam',
        proposer: 'troll',
      }),
      priority: 'P1',
      discussionUrl: 'https://github.com/acme/shop/discussions/1',
      releaseUrl: 'https://github.com/acme/shop/releases/tag/v1.4.0',
      acceptance: 'Done when @kim says so\n```\n<script>',
    });
    expect(body).not.toMatch(/<!--/);
    expect(body).not.toMatch(/@everyone|@kim|@troll/);
    expect(body).toContain('| Owner | @sam |');
    expect(body).toContain('&lt;script&gt;');
  });

  it('issue titles are one line of at most 256 characters', () => {
    expect(issueTitle('a\nb\r\nc')).toBe('a b c');
    expect([...issueTitle('x'.repeat(300))]).toHaveLength(256);
  });

  it('the closing comment mentions the stakeholders (teams too) and no one else', () => {
    const comment = renderClosingComment({
      marker: '<!-- release-retro:closing -->',
      tag: 'v1.4.0',
      participants: 3,
      reflections: 1,
      learnings: 0,
      items: [
        {
          item: item({ owner: 'sam' }),
          priority: 'P1',
          issueUrl: 'https://github.com/acme/shop/issues/3',
          issueNumber: 3,
        },
      ],
      document: null,
      stakeholders: ['maya', 'acme/release-managers'],
    });
    expect(comment.startsWith('<!-- release-retro:closing -->\n\n## ✅ Retrospective finalized')).toBe(true);
    expect(comment.match(/(^|\s)@[A-Za-z][\w/-]*/g)?.map((m) => m.trim())).toEqual([
      '@maya',
      '@acme/release-managers',
    ]);
    expect(comment).toContain('1 action item is now tracked');
    expect(comment).toContain('[#3](https://github.com/acme/shop/issues/3)');
  });

  it('the reminder names the owners and how to move the date', () => {
    const text = renderReminder({
      marker: '<!-- release-retro:reminder -->',
      owners: ['sam', 'org/team'],
      due: '2026-03-31',
      daysOverdue: 1,
      tag: 'v1.4.0',
      discussionUrl: null,
      everyDays: 7,
    });
    expect(text).toMatch(
      /^<!-- release-retro:reminder -->\n@sam @\u200Borg\/team this action item from the v1\.4\.0 retrospective was due on \*\*2026-03-31\*\* \(1 day ago\)/,
    );
  });
});

describe('GraphQL documents', () => {
  const githubSchema = buildClientSchema(published.json as unknown as IntrospectionQuery);
  for (const name of [
    'OrganizationProject',
    'UserProject',
    'AddProjectItem',
    'SetProjectFieldValue',
    'ProjectItemFieldValues',
  ]) {
    it(`${name} is valid against GitHub's schema and names its one operation after the file`, () => {
      const text = readFileSync(new URL(`../../src/github/graphql/${name}.graphql`, import.meta.url), 'utf8');
      const document = parse(text);
      expect(validate(githubSchema, document)).toEqual([]);
      expect(document.definitions).toHaveLength(1);
      expect((document.definitions[0] as { name?: { value: string } }).name?.value).toBe(name);
    });
  }
});
