import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/retro/commands/parse.ts';
import { MAX_SCANNED_LENGTH, scanWork } from '../../src/retro/commands/scan.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const TODAY = '2026-03-10';

/** Fragments that exercise every branch of the scanner and the argument parsers. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '```',
    '~~~~',
    '   ```js',
    '> ',
    '    ',
    '\t',
    '<!--',
    '-->',
    '/action ',
    '/accept A1',
    '/decide',
    '/assign A1 @maya',
    '/due A1 +2w',
    '/priority A1 high',
    '/finalize',
    '/hlep',
    '@maya',
    '@org/team',
    'due:+1d',
    'due:2026-02-30',
    'label:"tech debt"',
    'label:"',
    'priority:P9',
    '\u202Eevil\u202C',
    'שלום עולם',
    'مرحبا',
    '🚀👩‍👩‍👧',
    '\r\n',
    '\n',
    '\u2028',
  ),
);
const body = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
const lines = fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join('\n'));

describe('parseCommands never throws', () => {
  it('on arbitrary text, including Unicode and right-to-left scripts', () => {
    fc.assert(
      fc.property(fc.oneof(body, lines, fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseCommands(text, NOW);
        for (const line of parsed) expect(line.text.startsWith('/')).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['commands', '/action Add a canary stage @maya due:+2w priority:high label:ci\n'],
    ['backticks', '`'],
    ['escaped backticks', '\\``'],
    ['fences', '```\n'],
    ['spaces', ' '],
    ['at signs', '@'],
    ['comment openers', '<!--'],
    ['tag openers', '<a '],
    ['nested quotes', '> '],
    ['nested lists', '- '],
    ['brackets', '['],
    ['link openers', '[]('],
    ['link destinations', '[a](<b'],
    ['emphasis', '*a'],
    ['strong emphasis', 'a**b'],
    ['strikethrough', '~~a'],
    ['table rows', '| a |\n'],
    ['quotes in a label', '/action x label:"'],
    ['one long word', '/actio'],
    ['invalid commands', '/assign A1\n'],
    ['unknown commands', '/acept A1\n'],
  ])(
    'on 64 KB of %s (pathological for many Markdown parsers), with work bounded by the size',
    (_name, unit) => {
      // No clock: the parser's rule calls are counted. Each position costs a bounded number of inline rule calls and
      // each line a bounded number of block rule calls, so the counts stay a small multiple of the length; a
      // quadratic rescan (the classic CommonMark pitfalls these inputs trigger) would count in the billions.
      const text = `/help\n${unit.repeat(Math.ceil(MAX_SCANNED_LENGTH / unit.length))}`;
      parseCommands(text, NOW);
      const scanned = Math.min(text.length, MAX_SCANNED_LENGTH);
      expect(scanWork.inlineSteps + scanWork.blockSteps).toBeGreaterThan(0);
      expect(scanWork.inlineSteps).toBeLessThanOrEqual(4 * scanned);
      expect(scanWork.blockSteps).toBeLessThanOrEqual(2 * scanned);
    },
  );

  it("reads at most GitHub's 65,536 characters of a body", () => {
    expect(parseCommands(`${'x'.repeat(MAX_SCANNED_LENGTH)}\n/help`, NOW)).toEqual([]);
    const fits = `${'x'.repeat(MAX_SCANNED_LENGTH - 6)}\n/help`;
    expect(parseCommands(fits, NOW).map((l) => l.kind)).toEqual(['help']);
  });
});

/**
 * Prose that cannot build Markdown structure (no code, quote, list, heading, table, emphasis, link, HTML or
 * math), start a command, or be indented code.
 */
const prose = fc
  .string({ maxLength: 30 })
  .map((s) => s.replace(/[^A-Za-z ,;:?'"%]/g, ' ').replace(/^ {4,}/, '   '));
const proseLines = fc.array(prose, { maxLength: 4 });
const command = fc.constantFrom(
  '/action Ship it @maya due:+1w',
  '/accept A1',
  '/decide A2',
  '/reject A3',
  '/assign A1 @lee',
  '/due A1 2026-04-01',
  '/priority A1 P0',
  '/learning Small batches',
  '/finalize',
  '/help',
  '/hlep',
);
const indent = fc.integer({ min: 0, max: 3 }).map((n) => ' '.repeat(n));

describe('commands shown rather than written are never found', () => {
  it('inside a fenced code block', () => {
    const fence = fc.record({
      char: fc.constantFrom('`', '~'),
      open: fc.integer({ min: 3, max: 6 }),
      extra: fc.integer({ min: 0, max: 3 }),
      info: fc.constantFrom('', 'md', ' text', 'sh {.x}'),
      openIndent: indent,
      closeIndent: indent,
    });
    fc.assert(
      fc.property(
        proseLines,
        fence,
        proseLines,
        indent,
        command,
        proseLines,
        proseLines,
        (before, f, inside, ind, cmd, after, tail) => {
          const text = [
            ...before,
            `${f.openIndent}${f.char.repeat(f.open)}${f.info}`,
            ...inside,
            `${ind}${cmd}`,
            ...after,
            `${f.closeIndent}${f.char.repeat(f.open + f.extra)}`,
            ...tail,
          ].join('\n');
          expect(parseCommands(text, NOW)).toEqual([]);
        },
      ),
    );
  });

  it('in inline code', () => {
    fc.assert(
      fc.property(prose, command, prose, fc.integer({ min: 1, max: 3 }), (before, cmd, after, ticks) => {
        const code = '`'.repeat(ticks);
        expect(parseCommands(`${before}${code}${cmd}${code}${after}`, NOW)).toEqual([]);
      }),
    );
  });

  it('in a block quote', () => {
    const marker = fc
      .array(fc.constantFrom('>', '> ', ' >'), { minLength: 1, maxLength: 3 })
      .map((m) => m.join(''));
    fc.assert(
      fc.property(proseLines, indent, marker, command, proseLines, (before, ind, quote, cmd, after) => {
        const text = [...before, `${ind}${quote}${cmd}`, ...after].join('\n');
        expect(parseCommands(text, NOW)).toEqual([]);
      }),
    );
  });

  it('in an indented code block', () => {
    fc.assert(
      fc.property(proseLines, fc.integer({ min: 4, max: 8 }), command, (before, spaces, cmd) => {
        const text = [...before, '', `${' '.repeat(spaces)}${cmd}`].join('\n');
        expect(parseCommands(text, NOW)).toEqual([]);
      }),
    );
  });

  it('while the same command written on its own line is found', () => {
    fc.assert(
      fc.property(proseLines, indent, command, proseLines, (before, ind, cmd, after) => {
        const text = [...before, `${ind}${cmd}`, ...after].join('\n');
        const parsed = parseCommands(text, NOW);
        expect(parsed).toHaveLength(1);
        expect(parsed[0]?.line).toBe(before.length + 1);
      }),
    );
  });
});

/** A line of prose that is surely a paragraph line (it has a letter). */
const words = prose.map((s) => `p ${s}`.trimEnd());

describe('commands GitHub renders as code, hides or does not show as a plain line are never found', () => {
  /** Each generator yields a body whose only `/command` line GitHub does not render as a plain paragraph line. */
  const constructs: [string, fc.Arbitrary<string>, string][] = [
    [
      'a fence opened on a list-item line',
      fc
        .record({
          marker: fc.constantFrom('-', '*', '+', '1.', '2)', '10.'),
          fence: fc.constantFrom('```', '~~~', '````'),
          info: fc.constantFrom('', 'md', 'text'),
          closed: fc.boolean(),
          cmd: command,
          inside: proseLines,
        })
        .map(({ marker, fence, info, closed, cmd, inside }) => {
          const pad = ' '.repeat(marker.length + 1);
          return [
            `${marker} ${fence}${info}`,
            ...inside.map((l) => `${pad}${l}`),
            `${pad}${cmd}`,
            ...(closed ? [`${pad}${fence}`] : []),
          ].join('\n');
        }),
      '',
    ],
    [
      'raw <pre>, <code>, <details> and <div> blocks',
      fc
        .record({
          tag: fc.constantFrom('pre', 'PRE', 'code', 'Code', 'details', 'div', 'kbd', 'samp'),
          attrs: fc.constantFrom('', ' class="x"', " title='a > b'"),
          blank: fc.boolean(),
          cmd: command,
          inside: proseLines,
        })
        .map(({ tag, attrs, blank, cmd, inside }) =>
          [
            `<${tag}${attrs}>`,
            ...(blank ? [''] : []),
            ...inside,
            cmd,
            ...(blank ? [''] : []),
            `</${tag}>`,
          ].join('\n'),
        ),
      '',
    ],
    [
      'inline <code> opened on an earlier line of the paragraph',
      fc
        .tuple(words, fc.constantFrom('code', 'pre', 'kbd', 'span'), command)
        .map(([before, tag, cmd]) => `${before} <${tag}>x\n${cmd}</${tag}>`),
      '',
    ],
    [
      'an HTML comment reopened on its closing line',
      fc
        .tuple(proseLines, fc.constantFrom('-->', '--> x', 'a --> b'), command, proseLines)
        .map(([hidden, close, cmd, after]) =>
          ['<!--', ...hidden, `${close} <!--`, cmd, ...after, '-->'].join('\n'),
        ),
      // The last `-->` is paragraph text, escaped, so the comment is still open for the browser.
      '<!-- -->',
    ],
    [
      'an HTML comment opened inside a quote',
      fc
        .tuple(fc.constantFrom('> <!--', '>  <!-- x', '> <!-- x\n> y'), proseLines, command, proseLines)
        .map(([open, between, cmd, after]) =>
          [open, ...between.map((l) => `> ${l}`), cmd, ...after].join('\n'),
        ),
      '<!-- -->',
    ],
    [
      'lazy block-quote continuation',
      fc
        .tuple(fc.constantFrom('>', '> ', ' > ', '>> '), words, proseLines, command)
        .map(([quote, first, more, cmd]) =>
          [`${quote}${first}`, ...more.filter((l) => l.trim() !== ''), cmd].join('\n'),
        ),
      '',
    ],
    [
      'a multi-line code span',
      fc
        .tuple(words, fc.integer({ min: 1, max: 3 }), words, command, prose)
        .map(([before, n, inside, cmd, after]) => {
          const ticks = '`'.repeat(n);
          return `${before} ${ticks}${inside}\n${cmd}${ticks}${after}`;
        }),
      '',
    ],
    [
      'emphasis, strikethrough or a link spanning lines',
      fc
        .tuple(
          fc.constantFrom(['*', '*'], ['**', '**'], ['_', '_'], ['~~', '~~'], ['[', '](https://x.test)']),
          words,
          command,
        )
        .map(([[open, close], first, cmd]) => `${open}${first}\n${cmd}${close}`),
      '',
    ],
    [
      'a setext heading, a table row, display math or a footnote',
      fc
        .tuple(command, words, fc.integer({ min: 0, max: 3 }))
        .chain(([cmd, text, kind]) =>
          fc.constant(
            [
              `${cmd}\n${'-'.repeat(3)}`,
              `| a | b |\n| - | - |\n${cmd}`,
              `$$\n${text}\n${cmd}\n$$`,
              `${text}[^1]\n\n[^1]: ${text}\n${cmd}`,
            ][kind] as string,
          ),
        ),
      '',
    ],
  ];

  it.each(constructs)('in %s', (_name, construct) => {
    fc.assert(
      fc.property(proseLines, construct, (before, body) => {
        // A blank line first, so the construct starts a block of its own wherever the prose ends.
        const text = [...before, '', body].join('\n');
        expect(parseCommands(text, NOW)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(constructs)('while a command on its own line after %s is found', (_name, construct, closer) => {
    fc.assert(
      fc.property(construct, command, (body, cmd) => {
        // A blank line ends quotes, lists, lazy lines, inline spans and HTML blocks; a raw HTML comment needs a
        // raw `-->` (GitHub's too: a `-->` in text is escaped and closes nothing).
        const text = `${body}\n\n${closer}\n\n${cmd}`;
        const parsed = parseCommands(text, NOW);
        expect(parsed.map((l) => l.line)).toEqual([text.split('\n').length]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('/action round trip', () => {
  const loginChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  const login = fc
    .array(fc.oneof(loginChar, loginChar, fc.constant('-')), { minLength: 1, maxLength: 39 })
    .map((chars) => chars.join(''))
    .filter((s) => /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$/.test(s));
  const titleWord = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter((w) => !/\s/.test(w) && !w.startsWith('@') && !/^(due|priority|label):/i.test(w));
  const due = fc.oneof(
    fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => {
        const day = d.toISOString().slice(0, 10);
        return { token: day, due: day, dueInPast: day < TODAY };
      }),
    fc
      .record({ n: fc.integer({ min: 0, max: 999 }), unit: fc.constantFrom('d', 'w', 'D', 'W') })
      .map(({ n, unit }) => {
        const days = n * (unit.toLowerCase() === 'w' ? 7 : 1);
        return {
          token: `+${n}${unit}`,
          due: new Date(Date.UTC(2026, 2, 10 + days)).toISOString().slice(0, 10),
          dueInPast: false,
        };
      }),
  );
  const priority = fc.constantFrom(
    ['P0', 'P0'],
    ['p1', 'P1'],
    ['P2', 'P2'],
    ['p3', 'P3'],
    ['high', 'P1'],
    ['Medium', 'P2'],
    ['LOW', 'P3'],
  );
  const label = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .map((s) => s.replace(/["\r\n\u2028\u2029]/g, '').trim())
    .filter((s) => s !== '' && !/[.,;!?]$/.test(s));

  it('a generated /action line parses to the generated fields', () => {
    fc.assert(
      fc.property(
        fc.array(titleWord, { minLength: 1, maxLength: 12 }),
        fc.option(login),
        fc.option(due),
        fc.option(priority),
        fc.uniqueArray(label, { maxLength: 3, selector: (l) => l.toLowerCase() }),
        fc.func(fc.integer()),
        (words, owner, dueDate, prio, labels, order) => {
          const tokens = [
            ...(owner === null ? [] : [`@${owner}`]),
            ...(dueDate === null ? [] : [`due:${dueDate.token}`]),
            ...(prio === null ? [] : [`priority:${prio[0]}`]),
            ...labels.map((l) => (/\s/.test(l) ? `label:"${l}"` : `label:${l}`)),
          ];
          const labelOf = new Map(labels.map((l) => [/\s/.test(l) ? `label:"${l}"` : `label:${l}`, l]));
          // Options go anywhere among the title words, in any order, but title words keep their order.
          const sequence = [
            ...words.map((w, i) => ({ w, key: i * 1000 })),
            ...tokens.map((w, i) => ({ w, key: order(i) })),
          ]
            .sort((a, b) => a.key - b.key)
            .map((t) => t.w);
          const line = sequence.join(' ');
          // Labels come out in the order they were written.
          const expectedLabels = sequence.flatMap((t) => labelOf.get(t) ?? []);
          const parsed = parseCommands(`/action ${line}`, NOW);
          expect(parsed).toEqual([
            {
              kind: 'action',
              command: 'action',
              line: 1,
              text: `/action ${line}`.trimEnd(),
              title: words.join(' '),
              owner,
              due: dueDate?.due ?? null,
              dueInPast: dueDate?.dueInPast ?? false,
              priority: prio?.[1] ?? null,
              labels: expectedLabels,
            },
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
