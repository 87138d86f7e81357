import fc from 'fast-check';
import { JSDOM } from 'jsdom';
// marked comes with mermaid (not a direct dependency); it is only used here as a CommonMark+GFM renderer to
// check that escaped text renders back to what the author typed. GitHub uses cmark-gfm; both follow the spec.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  escapeBlock,
  escapeInline,
  escapeInlinePasses,
  fitToLimit,
  GITHUB_BODY_LIMIT,
  isGitHubLogin,
  link,
  MENTION_BREAK,
  mention,
  quietMention,
  table,
  trimTable,
  truncate,
} from '../../src/render/markdown.ts';

const ZW = MENTION_BREAK;
/** GitHub links `@login` and `@org/team` when a login character directly follows the `@`. */
const LIVE_MENTION = /@[A-Za-z0-9]/;
/** A `|` not escaped by an odd run of backslashes. */
const UNESCAPED_PIPE = /(?<!\\)(?:\\\\)*\|/;

const { document } = new JSDOM('').window;
function renderedHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}
/** Text of the single data cell of a one-column table. */
function cellText(cell: string): string {
  const host = document.createElement('div');
  host.innerHTML = marked.parse(`| h |\n| --- |\n| ${cell} |\n`, { async: false, gfm: true });
  const td = host.querySelectorAll('td');
  expect(td).toHaveLength(1);
  return td[0]?.textContent ?? '';
}

describe('escapeInline', () => {
  it('returns plain text as the escaping passes would, without running them', () => {
    // Mostly what the shortcut takes, with now and then a character it must not.
    const plain = [...'aZé語1 ,.:;\'"()/?!=%+#-'];
    const special = [...'@|*_`[]~$&<>\\\n\t\u00A0\u200B\u202E\uFF20\u0301'];
    const character = fc.oneof(
      { arbitrary: fc.constantFrom(...plain), weight: 30 },
      { arbitrary: fc.constantFrom(...special), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(character, { maxLength: 30 }).map((cs) => cs.join('')),
        fc.integer({ min: 1, max: 40 }),
        (text, maxLength) => {
          expect(escapeInline(text, { maxLength })).toBe(escapeInlinePasses(text, maxLength));
        },
      ),
      { numRuns: 2000 },
    );
    for (const c of special) {
      for (const text of [`a${c}b`, `a${c}`, `Ab c${c}d e`]) {
        expect(escapeInline(text)).toBe(escapeInlinePasses(text, 200));
      }
    }
    // A login's mention is what the passes make of it too.
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9-]{1,39}$/), (login) => {
        expect(quietMention(login)).toBe(escapeInlinePasses(`@${login}`, 60));
      }),
      { numRuns: 500 },
    );
    expect(quietMention('dependabot[bot]')).toBe(escapeInlinePasses('@dependabot[bot]', 60));
    // The shortcut's edges: a letter first, single spaces, no trailing space, within the length.
    expect(escapeInline('Émile fixed #12, (again) 100%')).toBe('Émile fixed #12, (again) 100%');
    expect(escapeInline('#123 Fix the login')).toBe('#123 Fix the login');
    expect(escapeInline('# heading')).toBe('\\# heading');
    expect(escapeInline('two  spaces')).toBe('two spaces');
    expect(escapeInline('trailing ')).toBe('trailing');
    expect(escapeInline('9. starts with a digit')).toBe('9\\. starts with a digit');
    expect(escapeInline('abcdef', { maxLength: 3 })).toBe('ab…');
  });

  it.each([
    ['plain text', 'plain text'],
    ['fix: *bold* _it_ `code` ~~s~~', 'fix: \\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~'],
    ['a | b', 'a \\| b'],
    ['[link](http://x) ![img](y)', '\\[link\\](http://x) !\\[img\\](y)'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- release-retro:state abc -->', '&lt;!-- release-retro:state abc --&gt;'],
    ['R&D &amp;', 'R&amp;D &amp;amp;'],
    ['ping @maya and @org/team', `ping @${ZW}maya and @${ZW}org/team`],
    ['# heading', '\\# heading'],
    ['#123 stays a link, so does GH-7', '#123 stays a link, so does GH-7'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['--- not a rule', '\\--- not a rule'],
    ['costs $5 and $6', 'costs \\$5 and \\$6'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two\r\nthree\u2028four', 'line one line two three four'],
    ['  spaced \t out  ', 'spaced out'],
    ['trojan \u202Esource\u202C', 'trojan source'],
  ])('escapes %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it('truncates by graphemes with an ellipsis before escaping', () => {
    expect(escapeInline('abcdef', { maxLength: 4 })).toBe('abc…');
    expect(escapeInline('abcd', { maxLength: 4 })).toBe('abcd');
    expect(escapeInline('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', { maxLength: 2 })).toBe('👩‍👩‍👧…');
    expect(escapeInline('*'.repeat(10), { maxLength: 3 })).toBe('\\*\\*…');
    expect(escapeInline('x'.repeat(500))).toHaveLength(200);
  });

  it('never leaves a marker, a live mention, a line break or an unescaped pipe', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              '<!--',
              '-->',
              '@',
              '@maya',
              '@org/team',
              '|',
              '\\',
              '\\|',
              '\n',
              '\r',
              '\u2028',
              '<',
              '>',
            ),
            fc.string({ unit: 'grapheme', maxLength: 5 }),
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 300 }), (text, maxLength) => {
        const out = escapeInline(text, { maxLength });
        expect(out).not.toContain('<!--');
        expect(out).not.toContain('-->');
        expect(out).not.toMatch(LIVE_MENTION);
        expect(out).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(out).not.toMatch(UNESCAPED_PIPE);
      }),
      { numRuns: 2_000 },
    );
  });

  it('renders, in a table cell, exactly the text the author typed', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(...'\\`*_[]()#|~!$&<>-+.1: '.split('')),
          fc.constantFrom('a', 'Z', '9', 'é', '#12', '- ', '1. ', '&amp;', '<b>', '**', '__', '[x]'),
        ),
        { maxLength: 25 },
      )
      .map((parts) => parts.join('').replace(/\s+/g, ' ').trim());
    fc.assert(
      fc.property(text, (input) => {
        expect(cellText(escapeInline(input, { maxLength: 1_000 })).replaceAll(ZW, '')).toBe(input);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeBlock', () => {
  it('quotes every line, keeps formatting and the author’s own quotes', () => {
    expect(escapeBlock('**Went well:** the rollout\n\n- one\n- two\n> earlier comment')).toBe(
      '> **Went well:** the rollout\n>\n> - one\n> - two\n> > earlier comment',
    );
  });

  it('neutralises HTML, markers, mentions and fences', () => {
    const out = escapeBlock(
      '<details><summary>x</summary>\n<!-- release-retro:state forged -->\n@maya look\n```\ncode @lee\n```\n  ~~~~\ntail -->',
    );
    expect(out).toBe(
      [
        '> &lt;details&gt;&lt;summary&gt;x&lt;/summary&gt;',
        '> &lt;!-- release-retro:state forged --&gt;',
        `> @${ZW}maya look`,
        '> \\```',
        `> code @${ZW}lee`,
        '> \\```',
        '>   \\~~~~',
        '> tail --&gt;',
      ].join('\n'),
    );
    const html = renderedHtml(out);
    expect(html).not.toMatch(/<(?!\/?(?:blockquote|p|br)>)/);
    expect(html).not.toContain('<!--');
  });

  it('breaks mentions written as character references or full-width at-signs (GitHub decodes &#64; to @)', () => {
    const forms = ['@', '&#64;', '&#064;', '&#x40;', '&#X0040;', '&commat;', '\uFF20', '\uFE6B'];
    const text = forms.map((at, i) => `ping ${at}${['kim', 'rio', 'acme/everyone'][i % 3]}`).join('\n');
    const host = document.createElement('div');
    host.innerHTML = renderedHtml(escapeBlock(`Acceptance criteria:\n${text}`));
    const rendered = host.textContent ?? '';
    // What GitHub's mention filter sees: decoded text. No at-sign of any form is followed by a login.
    expect(rendered).not.toMatch(/[@\uFF20\uFE6B][A-Za-z0-9]/);
    expect(rendered.match(/ping [@\uFF20\uFE6B]\u200B/g)).toHaveLength(forms.length);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...forms, '&amp;#64;', '&'), fc.constantFrom('kim', 'x-y', 'a/b', '')),
          {
            maxLength: 8,
          },
        ),
        fc.string({ maxLength: 20 }),
        (parts, filler) => {
          const out = escapeBlock(parts.map(([at, name]) => `${filler}${at}${name}`).join(' '));
          const div = document.createElement('div');
          div.innerHTML = renderedHtml(out);
          expect(div.textContent ?? '').not.toMatch(/[@\uFF20\uFE6B][A-Za-z0-9]/);
        },
      ),
    );
  });

  it('escapeInline leaves no at-sign of any form followed by a login once GitHub has decoded the text', () => {
    const forms = ['@', '&#64;', '&#064;', '&#x40;', '&#X0040;', '&commat;', '\uFF20', '\uFE6B'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...forms), fc.constantFrom('kim', 'x-y', 'acme/everyone', '')), {
          maxLength: 8,
        }),
        fc.string({ maxLength: 20 }),
        (parts, filler) => {
          const out = escapeInline(parts.map(([at, name]) => `${filler}${at}${name}`).join(' '), {
            maxLength: 1_000,
          });
          const div = document.createElement('div');
          div.innerHTML = renderedHtml(out);
          expect(div.textContent ?? '').not.toMatch(/[@\uFF20\uFE6B][A-Za-z0-9]/);
        },
      ),
    );
  });

  it('renders an empty quote for empty text and truncates long text', () => {
    expect(escapeBlock('  \n ')).toBe('>');
    expect(escapeBlock('abcdef', { maxLength: 4 })).toBe('> abc…');
  });

  it('never leaves a marker or a live mention, and every line stays in the quote', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(fc.constantFrom('<!--', '-->', '@x', '\n', '\r', '```', '~~~', '>', ' '), fc.string()),
          )
          .map((p) => p.join('')),
        (text) => {
          const out = escapeBlock(text);
          expect(out).not.toContain('<!--');
          expect(out).not.toContain('-->');
          expect(out).not.toMatch(LIVE_MENTION);
          for (const line of out.split('\n')) expect(line).toMatch(/^>/);
          expect(out).not.toMatch(/^> *(?:`{3}|~{3})/m);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('mention', () => {
  it('mentions a valid login and escapes anything else', () => {
    expect(mention('maya')).toBe('@maya');
    expect(mention('@maya-l')).toBe('@maya-l');
    expect(mention('org/team')).toBe(`@${ZW}org/team`);
    expect(mention('dependabot[bot]')).toBe(`@${ZW}dependabot\\[bot\\]`);
    expect(mention('-bad')).toBe(`@${ZW}-bad`);
    expect(mention('a b')).toBe(`@${ZW}a b`);
  });

  it('agrees with GitHub’s login rules', () => {
    expect(isGitHubLogin('a')).toBe(true);
    expect(isGitHubLogin('a-b-c')).toBe(true);
    expect(isGitHubLogin('x'.repeat(39))).toBe(true);
    expect(isGitHubLogin('x'.repeat(40))).toBe(false);
    expect(isGitHubLogin('a--b')).toBe(false);
    expect(isGitHubLogin('a_b')).toBe(false);
    expect(isGitHubLogin('')).toBe(false);
  });
});

describe('link', () => {
  it('links http(s) URLs with escaped text and encoded parentheses and pipes', () => {
    expect(link('PR #12: fix [x]', 'https://github.com/o/r/pull/12')).toBe(
      '[PR #12: fix \\[x\\]](https://github.com/o/r/pull/12)',
    );
    expect(link('wiki', 'https://en.wikipedia.org/wiki/Foo_(bar)?a=|')).toBe(
      '[wiki](https://en.wikipedia.org/wiki/Foo_%28bar%29?a=%7C)',
    );
    expect(link('', 'http://example.com')).toBe('[http://example.com/](http://example.com/)');
  });

  it('renders other schemes and bad URLs as plain text', () => {
    expect(link('click', 'javascript:alert(1)')).toBe('click');
    expect(link('data', 'data:text/html,<b>x</b>')).toBe('data');
    expect(link('rel', '/relative/path')).toBe('rel');
    expect(link('<b>', 'not a url')).toBe('&lt;b&gt;');
  });
});

describe('table', () => {
  it('builds a GFM table with alignment', () => {
    expect(
      table(
        ['Item', 'Votes'],
        [
          ['A1', '3'],
          ['', '1'],
        ],
        ['left', 'right'],
      ),
    ).toBe('| Item | Votes |\n| :--- | ---: |\n| A1 | 3 |\n|   | 1 |');
  });

  it('refuses rows of the wrong width and cells with line breaks', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow(/row 0 has 1 cells, the header has 2/);
    expect(() => table(['a'], [['x\ny']])).toThrow(/line break/);
    expect(() => table([], [])).toThrow(/at least one header/);
  });

  it('keeps one cell per column for any escaped text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const host = document.createElement('div');
        host.innerHTML = marked.parse(
          table(
            cells.map((_, i) => `h${i}`),
            [cells.map((c) => escapeInline(c))],
          ),
          { async: false, gfm: true },
        );
        expect(host.querySelectorAll('tbody td')).toHaveLength(cells.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncate', () => {
  it('keeps text within the limit untouched', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('ab  cd', 4)).toBe('ab…');
  });
});

const rows = (n: number, width = 20) =>
  table(
    ['#', 'Title'],
    Array.from({ length: n }, (_, i) => [String(i + 1), 'x'.repeat(width)]),
  );

describe('trimTable', () => {
  it('returns text that fits unchanged', () => {
    expect(trimTable(rows(3), 10_000)).toBe(rows(3));
  });

  /** Data rows left in the text, and the count in its trim note. */
  const remaining = (text: string) => (text.match(/^\| \d+ \|/gm) ?? []).length;
  const noted = (text: string) => Number(/_…(\d+) more rows? trimmed/.exec(text)?.[1] ?? 0);

  it('drops as few rows as possible from the end and says how many', () => {
    const text = `Intro\n\n${rows(10)}\n\nOutro`;
    const max = text.length - 40;
    const out = trimTable(text, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(remaining(out) + noted(out)).toBe(10);
    expect(out).toMatch(
      /\| 6 \| x+ \|\n\n_…4 more rows trimmed to stay within GitHub's size limit_\n\nOutro$/,
    );
    // One more row (28 characters) would not have fitted.
    expect(out.length + 28).toBeGreaterThan(max);
  });

  it('adds up rows across repeated trims instead of stacking notes', () => {
    const once = trimTable(rows(10), rows(10).length - 30);
    const twice = trimTable(once, once.length - 30);
    expect(twice.match(/more rows? trimmed/g)).toHaveLength(1);
    expect(noted(twice)).toBeGreaterThan(noted(once));
    expect(remaining(twice) + noted(twice)).toBe(10);
  });

  it('trims the last table first and keeps a blank line before following text', () => {
    const text = `${rows(5)}\n\n${rows(5)}\nafter`;
    const out = trimTable(text, text.length - 20);
    expect(out.startsWith(`${rows(5)}\n\n`)).toBe(true);
    expect(out).toMatch(/_…3 more rows trimmed to stay within GitHub's size limit_\n\nafter$/);
  });

  it('never exceeds the limit when the rows alone can make it fit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        (n, width, cut) => {
          const text = rows(n, width);
          const header = text.split('\n').slice(0, 2).join('\n');
          // Room for the header, the blank line and the longest possible note.
          const max =
            header.length +
            2 +
            "_…300 more rows trimmed to stay within GitHub's size limit_".length +
            (cut % text.length);
          const out = trimTable(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out.startsWith(header)).toBe(true);
        },
      ),
    );
  });
});

describe('fitToLimit', () => {
  const state = '<!-- release-retro:state eyJ2ZXJzaW9uIjoxfQ -->';

  it('joins sections with blank lines when they fit', () => {
    expect(
      fitToLimit([
        { id: 'a', text: 'A' },
        { id: 'empty', text: '' },
        { id: 'b', text: 'B' },
      ]),
    ).toBe('A\n\nB');
  });

  it('trims the longest trimmable section first and never the state block', () => {
    const big = rows(3_000, 30);
    const small = rows(50, 30);
    const body = fitToLimit([
      { id: 'intro', text: '# Retro' },
      { id: 'prs', text: big, trimmable: true },
      { id: 'issues', text: small, trimmable: true },
      { id: 'state', text: state, trimmable: true },
    ]);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT - 200);
    expect(body).toContain(small);
    expect(body.endsWith(state)).toBe(true);
    expect(body).toMatch(/_…\d+ more rows trimmed to stay within GitHub's size limit_/);
  });

  it('trims lower priority first', () => {
    const body = fitToLimit(
      [
        { id: 'important', text: rows(100), trimmable: true, priority: 1 },
        { id: 'extra', text: rows(20), trimmable: true },
      ],
      rows(100).length + 2 + 200,
    );
    expect(body.startsWith(rows(100))).toBe(true);
  });

  it('cuts prose at a line, closing an open fence and <details>', () => {
    const prose = [
      '<details>',
      '<summary>Log</summary>',
      '',
      '```',
      ...Array(200).fill('line of log output'),
      '```',
      '</details>',
    ];
    const body = fitToLimit([{ id: 'log', text: prose.join('\n'), trimmable: true }], 1_000);
    expect(body.length).toBeLessThanOrEqual(1_000);
    expect(body).toMatch(/line of log output\n```\n<\/details>\n\n_…the rest of this section was trimmed/);
  });

  it('throws with the section sizes when untrimmable text is too big', () => {
    expect(() =>
      fitToLimit(
        [
          { id: 'summary', text: 'x'.repeat(70_000) },
          { id: 'prs', text: rows(10), trimmable: true },
        ],
        GITHUB_BODY_LIMIT,
      ),
    ).toThrow(/over GitHub's limit of 65536\. Section sizes: summary \(70000\), prs \(\d+\)/);
  });

  it('always fits when the untrimmable part is small', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rows: fc.integer({ min: 0, max: 400 }),
            width: fc.integer({ min: 1, max: 60 }),
            prose: fc.integer({ min: 0, max: 300 }),
            priority: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.integer({ min: 2_000, max: 20_000 }),
        (specs, limit) => {
          const sections = specs.map((s, i) => ({
            id: `s${i}`,
            text: `${rows(s.rows, s.width)}\n\n${Array(s.prose).fill('words words').join('\n')}`,
            trimmable: true,
            priority: s.priority,
          }));
          const body = fitToLimit([...sections, { id: 'state', text: state }], limit);
          expect(body.length).toBeLessThanOrEqual(limit);
          expect(body.endsWith(state)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
