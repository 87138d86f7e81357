import { describe, expect, it } from 'vitest';
import type { PullRequestFact } from '../../src/collect/types.ts';
import { decodeState } from '../../src/domain/state.ts';
import {
  discussionTitle,
  OPEN_BODY_BUDGET,
  PRIME_DIRECTIVE,
  renderDiscussion,
  renderInvited,
  renderSurveyComment,
  surveyMarkerId,
} from '../../src/render/discussion.ts';
import * as f from './fixtures/retro-fixture.ts';
import { expectMermaidToParse } from './mermaid-parse.ts';

function render(
  overrides: Partial<Parameters<typeof renderDiscussion>[0]> = {},
  template: Parameters<typeof renderDiscussion>[1] = null,
) {
  return renderDiscussion(
    {
      config: f.config(),
      data: f.releaseData(),
      metrics: f.metrics(),
      previous: null,
      state: f.state(),
      actor: 'github-actions[bot]',
      ...overrides,
    },
    template,
  );
}

const SECTIONS = [
  '## Why we are here',
  '**The Retrospective Prime Directive**',
  '## Agenda (75 minutes)',
  '## Follow-up from the last retrospective',
  '### Release facts',
  '### DORA metrics',
  '### Deployment timeline',
  '### Lead time for changes',
  '### Incidents and bugs',
  '### CI health',
  '### Feedback',
  '### What shipped',
  '## Who is invited',
  '## How to take part',
  '## Action items',
  '## Key learnings',
];

describe('renderDiscussion', () => {
  it('renders the demo release (snapshot)', async () => {
    const { title, body } = render();
    expect(title).toBe('Retrospective: v1.4.0');
    await expect(body).toMatchFileSnapshot('./__snapshots__/discussion.md');
  });

  it('has every section, in order', () => {
    const { body } = render();
    let from = 0;
    for (const heading of SECTIONS) {
      const at = body.indexOf(heading, from);
      expect(at, heading).toBeGreaterThan(-1);
      from = at;
    }
  });

  it('quotes the Prime Directive and attributes it to Norm Kerth', () => {
    const { body } = render();
    expect(body).toContain(`> “${PRIME_DIRECTIVE.text}”`);
    expect(body).toContain('> — Norm Kerth, *Project Retrospectives: A Handbook for Team Reviews*');
  });

  it('renders Mermaid blocks that parse: the deployment gantt and the lead-time chart', async () => {
    const types = await expectMermaidToParse(render().body);
    expect(types).toEqual(['gantt', 'xychart']);
  });

  it('ends with a state block that decodes to the state it was given', () => {
    const { body } = render();
    expect(decodeState(body)).toEqual(f.state());
    expect(body.match(/<!-- release-retro:state /g)).toHaveLength(1);
  });

  it('keeps the live sections between their markers', () => {
    const { body } = render();
    expect(body).toMatch(
      /<!-- release-retro:action-items:start -->\n_No action items yet[^\n]*\n<!-- release-retro:action-items:end -->/,
    );
    expect(body).toMatch(
      /<!-- release-retro:learnings:start -->\n_No learnings[^\n]*\n<!-- release-retro:learnings:end -->/,
    );
  });

  it('escapes hostile titles and labels: no forged state, no mention, no broken table', () => {
    const { body } = render();
    const line = body.split('\n').find((l) => l.includes('Fix rounding in tax totals')) ?? '';
    expect(line).toContain('\\| &lt;!-- release-retro:state AAAA --&gt; @\u200Bmaya');
    expect(line).toContain('needs\\_review\\*');
    // Eight cells: the `|` in the title did not add one.
    expect(line.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  it('links every headline figure to its evidence', () => {
    const { body } = render();
    expect(body).toContain(
      '| Pull requests merged | [8](https://github.com/acme/shop/compare/v1.3.0...v1.4.1) |',
    );
    expect(body).toContain('[incident #21](https://github.com/acme/shop/issues/21)');
    expect(body).toContain('[1](https://github.com/acme/shop/actions/runs/202)');
  });

  it('shows an unavailable section with the reason and the permission to add', () => {
    const data = f.releaseData();
    data.deployments = {
      status: 'unavailable',
      reason: 'GitHub refused the deployments: Resource not accessible by integration',
      permission: 'deployments: read',
    };
    const { body } = render({ data });
    expect(body).toContain('> ⚠️ **Deployments unavailable.** GitHub refused the deployments');
    expect(body).toContain(
      '> **To include it:** Give the workflow job `deployments: read` in its `permissions:` block.',
    );
  });

  it('says when the agenda was scaled to the meeting length', () => {
    const config = f.config('meeting:\n  minutes: 60\n');
    const { body } = render({ config });
    expect(body).toContain('## Agenda (60 minutes)');
    expect(body).toContain('add up to 75 minutes, but the meeting is 60 minutes');
    const agenda = body.slice(body.indexOf('## Agenda'), body.indexOf('## Follow-up'));
    const boxes = [...agenda.matchAll(/\| (\d+) min \|/g)].map((m) => Number(m[1]));
    expect(boxes.reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('stays within the budget by trimming the longest tables first, and says so', async () => {
    const data = f.releaseData();
    if (data.changes.status !== 'ok') throw new Error('fixture');
    const base = data.changes.data.pullRequests[0] as PullRequestFact;
    data.changes.data.pullRequests = Array.from({ length: 1500 }, (_, i) => ({
      ...base,
      number: 1000 + i,
      title: `A change with a rather long descriptive title number ${i} ${'x'.repeat(40)}`,
      url: `https://github.com/acme/shop/pull/${1000 + i}`,
    }));
    const { body } = render({ data });
    expect(body.length).toBeLessThanOrEqual(OPEN_BODY_BUDGET + 1);
    expect(body).toMatch(/_…\d+ more rows trimmed to stay within GitHub's size limit_/);
    // The short sections and the record survive whole.
    expect(body).toContain('### DORA metrics');
    expect(body).toContain('<!-- release-retro:learnings:end -->');
    expect(decodeState(body)).toEqual(f.state());
    await expectMermaidToParse(body);
  });

  it('renders a user template with the same variables and blocks', () => {
    const template = {
      source: '.github/retro.md.ejs',
      text: '# <%= tag %> (<%= tags.join(", ") %>)\n\n<%= release.name %>\n\n<%- blocks.dora %>\n\n<%- blocks.actionItems %>\n',
    };
    const { body } = render({}, template);
    expect(body).toMatch(/^# v1\.4\.0 \(v1\.4\.0, v1\.4\.1\)\n\nv1\.4\.0 — saved carts\n\n\| Metric \|/);
    expect(body).toContain('<!-- release-retro:action-items:start -->');
    expect(decodeState(body)).not.toBeNull();
  });

  it('names the user template and the line in a template error', () => {
    const template = { source: '.github/retro.md.ejs', text: 'ok\n<%= missing.value %>\n' };
    expect(() => render({}, template)).toThrow(
      /The template \.github\/retro\.md\.ejs failed to render: .*missing is not defined/s,
    );
  });

  it('escapes user text printed with <%= in a template', () => {
    const data = f.releaseData();
    data.train.release.name = '<!-- release-retro:state x --> @everyone';
    const template = { source: 't.ejs', text: '<%= release.name %>' };
    const { body } = render({ data }, template);
    expect(body).toContain('&lt;!-- release-retro:state x --&gt; @\u200Beveryone');
  });

  it('titles the discussion from config.title', () => {
    expect(discussionTitle(f.config('title: "Retro {tag} ({tag})"\n'), 'v2.0.0')).toBe(
      'Retro v2.0.0 (v2.0.0)',
    );
    expect(discussionTitle(f.config(), '$&v1')).toBe('Retrospective: $&v1');
  });
});

describe('renderInvited', () => {
  it('mentions the participants, never the bot', () => {
    const data = f.releaseData();
    data.participants = ['maya', 'release-retro[bot]', 'sam'];
    expect(renderInvited(f.config(), data, 'release-retro[bot]')).toContain('@maya @sam.');
  });

  it('mentions a person whose account is named like the bot (identity is not a login with the suffix cut)', () => {
    const data = f.releaseData();
    data.participants = ['maya', 'release-retro', 'sam'];
    expect(renderInvited(f.config(), data, 'release-retro[bot]')).toContain('@maya @release-retro @sam.');
  });

  it('mentions a team in team mode, and facilitators', () => {
    const text = renderInvited(
      f.config(
        'invite:\n  mode: team\n  team: acme/release-managers\nfacilitators:\n  users: [lee]\n  teams: []\n',
      ),
      f.releaseData(),
    );
    expect(text).toContain('@acme/release-managers, you are invited');
    expect(text).toContain('**Facilitators:** @lee');
  });

  it('mentions nobody in none mode', () => {
    const text = renderInvited(f.config('invite:\n  mode: none\n'), f.releaseData());
    expect(text).not.toMatch(/@[a-z]/);
  });

  it('caps the mentions at 50', () => {
    const data = f.releaseData();
    data.participants = Array.from({ length: 60 }, (_, i) => `user${i}`);
    const text = renderInvited(f.config(), data);
    expect(text.match(/@user/g)).toHaveLength(50);
    expect(text).toContain('and 10 more');
  });
});

describe('survey comments', () => {
  it('start with the hidden marker of their prompt and ask for 👍 votes', () => {
    const config = f.config();
    const prompt = config.survey[0];
    if (!prompt) throw new Error('fixture');
    const body = renderSurveyComment(prompt, { tag: 'v1.4.0', index: 0, total: 4 });
    expect(surveyMarkerId(body)).toBe('went-well');
    expect(body).toContain('### What went well?');
    expect(body).toContain('👍');
    expect(body).toMatchInlineSnapshot(`
      "<!-- release-retro:survey:went-well -->
      ### What went well?

      What helped this release? What should we keep doing?

      **Reply to this comment** with your answer: one point per reply, so each can be discussed and voted on. Add a 👍 to the replies you agree with; 👍 count as votes and decide what the meeting talks about first.

      <sub>Survey question 1 of 4 for the v1.4.0 retrospective.</sub>
      "
    `);
  });
});
