import { describe, expect, it } from 'vitest';
import { COMMANDS, type ParsedLine, parseCommands, renderHelp } from '../../src/retro/commands/parse.ts';

// A Tuesday, late in the UTC day: relative dates must count from the UTC date, not the runner's zone.
const NOW = new Date('2026-03-10T23:30:00Z');
const parse = (body: string) => parseCommands(body, NOW);
const one = (body: string): ParsedLine => {
  const lines = parse(body);
  expect(lines).toHaveLength(1);
  return lines[0] as ParsedLine;
};

describe('/action', () => {
  it('parses a title with every option, in any order', () => {
    expect(
      one('/action Add a canary stage for payments @maya due:+2w priority:high label:ci label:"tech debt"'),
    ).toMatchInlineSnapshot(`
      {
        "command": "action",
        "due": "2026-03-24",
        "dueInPast": false,
        "kind": "action",
        "labels": [
          "ci",
          "tech debt",
        ],
        "line": 1,
        "owner": "maya",
        "priority": "P1",
        "text": "/action Add a canary stage for payments @maya due:+2w priority:high label:ci label:"tech debt"",
        "title": "Add a canary stage for payments",
      }
    `);
    expect(one('/action priority:P0 @lee Rotate   the  keys due:2026-04-01')).toMatchObject({
      title: 'Rotate the keys',
      owner: 'lee',
      priority: 'P0',
      due: '2026-04-01',
    });
  });

  it('parses a bare title with nothing else', () => {
    expect(one('/action Write a runbook')).toMatchObject({
      kind: 'action',
      title: 'Write a runbook',
      owner: null,
      due: null,
      dueInPast: false,
      priority: null,
      labels: [],
    });
  });

  it('computes relative dates from the comment day in UTC', () => {
    expect(one('/action a due:+1d')).toMatchObject({ due: '2026-03-11' });
    expect(one('/action a due:+0d')).toMatchObject({ due: '2026-03-10', dueInPast: false });
    expect(one('/action a due:+3W')).toMatchObject({ due: '2026-03-31' });
    expect(parseCommands('/action a due:+1d', new Date('2026-02-28T12:00:00Z'))[0]).toMatchObject({
      due: '2026-03-01',
    });
  });

  it('flags a due date before the comment day instead of refusing it', () => {
    expect(one('/action a due:2026-03-09')).toMatchObject({
      kind: 'action',
      due: '2026-03-09',
      dueInPast: true,
    });
    expect(one('/action a due:2026-03-10')).toMatchObject({ dueInPast: false });
  });

  it('normalises priorities and de-duplicates labels', () => {
    expect(one('/action a priority:p2')).toMatchObject({ priority: 'P2' });
    expect(one('/action a priority:MEDIUM')).toMatchObject({ priority: 'P2' });
    expect(one('/action a priority:low')).toMatchObject({ priority: 'P3' });
    expect(one('/action a label:CI label:ci label:docs')).toMatchObject({ labels: ['CI', 'docs'] });
  });

  it('tolerates sentence punctuation after the owner and options', () => {
    expect(one('/action Fix the flaky test, owned by @maya.')).toMatchObject({
      owner: 'maya',
      title: 'Fix the flaky test, owned by',
    });
  });

  it.each([
    ['/action', /needs a title/],
    ['/action   @maya due:+1w', /needs a title/],
    ['/action a due:2026-02-30', /`2026-02-30` is not a real date/],
    ['/action a due:tomorrow', /not a due date; write a date like `2026-03-31`/],
    ['/action a due:+1m', /not a due date/],
    ['/action a priority:urgent', /`urgent` is not a priority/],
    ['/action a priority:P4', /not a priority/],
    ['/action a @org/platform', /is a team; an action item needs one person/],
    ['/action a @-maya', /`@-maya` is not a GitHub username/],
    ['/action a @maya-', /not a GitHub username/],
    ['/action a @ma--ya', /not a GitHub username/],
    ['/action a @dependabot[bot]', /not a GitHub username/],
    [`/action a @${'x'.repeat(40)}`, /not a GitHub username/],
    ['/action a @maya @lee', /one owner/],
    ['/action a due:+1d due:+2d', /one `due:`/],
    ['/action a priority:P1 priority:P2', /one `priority:`/],
    ['/action a label:', /`label:` needs a name/],
    [`/action a label:${'l'.repeat(51)}`, /at most 50 characters/],
    [`/action ${'t'.repeat(257)}`, /at most 256 characters \(this one has 257\)/],
  ])('refuses %s', (body, reason) => {
    const line = one(body);
    expect(line.kind).toBe('invalid');
    expect(line.kind === 'invalid' && line.reason).toMatch(reason);
  });

  it('accepts a title of exactly 256 characters and a 39-character login', () => {
    expect(one(`/action ${'t'.repeat(256)}`)).toMatchObject({ kind: 'action' });
    expect(one(`/action a @${'x'.repeat(39)}`)).toMatchObject({ owner: 'x'.repeat(39) });
  });
});

describe('item commands', () => {
  it('parses /accept, its alias /decide, and /reject with normalised, unique ids', () => {
    expect(one('/accept A1 a2, A01')).toMatchObject({ kind: 'accept', command: 'accept', ids: ['A1', 'A2'] });
    expect(one('/decide A3')).toMatchObject({ kind: 'accept', command: 'decide', ids: ['A3'] });
    expect(one('/reject A2 A3')).toMatchObject({ kind: 'reject', ids: ['A2', 'A3'] });
  });

  it('parses /assign, /due and /priority', () => {
    expect(one('/assign a1 @maya')).toMatchObject({ kind: 'assign', id: 'A1', owner: 'maya' });
    expect(one('/due A1 2026-04-01')).toMatchObject({
      kind: 'due',
      id: 'A1',
      due: '2026-04-01',
      dueInPast: false,
    });
    expect(one('/due A1 +2w')).toMatchObject({ due: '2026-03-24' });
    expect(one('/due A1 due:2026-01-01')).toMatchObject({ due: '2026-01-01', dueInPast: true });
    expect(one('/priority A2 high')).toMatchObject({ kind: 'priority', id: 'A2', priority: 'P1' });
    expect(one('/priority A2 priority:P0')).toMatchObject({ priority: 'P0' });
  });

  it.each([
    ['/accept', '`/accept` needs one or more item ids, like `/accept A1 A3`'],
    [
      '/reject B2',
      '`B2` is not an item id; ids look like `A1`. `/reject` needs one or more item ids, like `/reject A2`',
    ],
    [
      '/accept A0',
      '`A0` is not an item id; ids look like `A1`. `/accept` needs one or more item ids, like `/accept A1 A3`',
    ],
    ['/assign', '`/assign` needs an item id and an owner, like `/assign A1 @maya`'],
    ['/assign A1', '`/assign` needs an item id and an owner, like `/assign A1 @maya`'],
    [
      '/assign @maya A1',
      '`@maya` is not an item id; ids look like `A1`. `/assign` needs an item id and an owner, like `/assign A1 @maya`',
    ],
    [
      '/assign A1 maya',
      'write the owner as a mention: `@maya`. `/assign` needs an item id and an owner, like `/assign A1 @maya`',
    ],
    [
      '/assign A1 @org/team',
      '`@org/team` is a team; an action item needs one person as its owner. `/assign` needs an item id and an owner, like `/assign A1 @maya`',
    ],
    ['/due A1', '`/due` needs an item id and a date, like `/due A1 +2w`'],
    [
      '/due A1 2026-13-01',
      '`2026-13-01` is not a real date. `/due` needs an item id and a date, like `/due A1 +2w`',
    ],
    ['/priority A1', '`/priority` needs an item id and a priority, like `/priority A1 P1`'],
    ['/priority A1 P9', expect.stringMatching(/`P9` is not a priority/)],
    [
      '/learning   ',
      '`/learning` needs the learning as text, like `/learning Feature flags let us turn the new checkout off in seconds`',
    ],
    ['/finalize now please', expect.stringMatching(/takes no arguments/)],
  ])('explains what %s is missing', (body, reason) => {
    expect(one(body)).toMatchObject({ kind: 'invalid', reason });
  });
});

describe('other commands', () => {
  it('parses /learning, /finalize and /help', () => {
    expect(one('/learning   Flags   beat rollbacks ')).toMatchObject({
      kind: 'learning',
      text: 'Flags beat rollbacks',
    });
    expect(one('/finalize')).toMatchObject({ kind: 'finalize' });
    expect(one('/help me')).toMatchObject({ kind: 'help' });
    expect(one(`/learning ${'x'.repeat(1_001)}`)).toMatchObject({ kind: 'invalid' });
  });

  it('matches command words case-insensitively', () => {
    expect(one('/Action Fix it')).toMatchObject({ kind: 'action', command: 'action' });
    expect(one('/ACCEPT A1')).toMatchObject({ kind: 'accept' });
  });

  it('reports unknown command words with the nearest command', () => {
    expect(one('/hlep')).toMatchObject({ kind: 'unknown', command: 'hlep', suggestion: 'help' });
    expect(one('/acept A1')).toMatchObject({ kind: 'unknown', suggestion: 'accept' });
    expect(one('/decid A1')).toMatchObject({ kind: 'unknown', suggestion: 'accept' });
    expect(one('/finalise')).toMatchObject({ kind: 'unknown', suggestion: 'finalize' });
    expect(one('/shrug')).toEqual({ kind: 'unknown', command: 'shrug', line: 1, text: '/shrug' });
    expect(one('/ok')).not.toHaveProperty('suggestion');
  });

  it('ignores words that do not look like commands', () => {
    expect(
      parse('/x\n/usr/bin/env node\n/action: nope\n/a1\n/thisisaverylongwordthatisnotacommand\n/ 2\n/123'),
    ).toEqual([]);
  });
});

describe('where commands count', () => {
  it('reads one command per line, with line numbers, ignoring other text', () => {
    const body =
      'Thanks all!\n\n/action Add alerts @maya\n  /accept A1\nSee /help for more\n\n/learning Small PRs ship faster';
    expect(parse(body).map((l) => [l.line, l.kind])).toEqual([
      [3, 'action'],
      [4, 'accept'],
      [7, 'learning'],
    ]);
  });

  it('handles CRLF and CR line endings', () => {
    expect(parse('/accept A1\r\n/reject A2\r/help').map((l) => l.kind)).toEqual(['accept', 'reject', 'help']);
  });

  it('skips fenced code of any length and either fence character, until the matching close', () => {
    const body = [
      '```',
      '/finalize',
      '```',
      '/accept A1',
      '  ~~~~ text',
      '/finalize',
      '~~~',
      '/finalize',
      '~~~~',
      '/reject A2',
      '````md',
      '```',
      '/finalize',
      '````',
      '/help',
      '```',
      '/finalize (unclosed fence runs to the end)',
    ].join('\n');
    expect(parse(body).map((l) => l.kind)).toEqual(['accept', 'reject', 'help']);
  });

  it('does not mistake `<!--` in inline code for a hidden comment', () => {
    expect(parse('Use ``<!--`` or `<!--` to hide text\n/accept A1').map((l) => l.kind)).toEqual(['accept']);
    expect(parse('Unmatched ` run <!--\n/accept A1\n-->\n/help').map((l) => l.kind)).toEqual(['help']);
  });

  it('treats a line of inline code as text, not a fence', () => {
    expect(parse('```/finalize```\n/help').map((l) => l.kind)).toEqual(['help']);
  });

  it('skips inline code, block quotes, indented code and HTML comments', () => {
    const body = [
      '`/finalize`',
      'Use `/accept A1` to decide',
      '> /finalize',
      '  > /accept A1',
      '>/accept A2',
      '',
      '    /finalize',
      '\t/finalize',
      '   /help',
      '<!--',
      '/finalize',
      '-->',
      'text <!-- /finalize -->',
      '/reject A1',
    ].join('\n');
    expect(parse(body).map((l) => [l.line, l.kind])).toEqual([
      [9, 'help'],
      [14, 'reject'],
    ]);
  });
});

describe('COMMANDS and renderHelp', () => {
  it('has an example for every command that parses as that command', () => {
    for (const info of COMMANDS) {
      expect(one(info.example), info.name).toMatchObject({ kind: info.name });
    }
  });

  it('renders a table listing every command and alias', () => {
    const help = renderHelp();
    expect(help.split('\n')).toHaveLength(COMMANDS.length + 2);
    expect(help).toContain('| `/accept <id> [<id> …]` (or `/decide`) | facilitators |');
    for (const info of COMMANDS) expect(help).toContain(`\`/${info.name}`);
    // Three columns on every line: no stray `|` from the syntax strings.
    for (const line of help.split('\n')) expect(line.match(/\|/g)).toHaveLength(4);
  });
});
