import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/retro/commands/parse.ts';

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
    ['fences', '```\n'],
    ['spaces', ' '],
    ['at signs', '@'],
    ['comment openers', '<!--'],
    ['quotes in a label', '/action x label:"'],
    ['one long word', '/actio'],
    ['invalid commands', '/assign A1\n'],
    ['unknown commands', '/acept A1\n'],
  ])('on 200 KB and 800 KB of %s, in linear time', (_name, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    // A guard against catastrophic backtracking, not a benchmark: no absolute bound, only how the cost grows
    // from 200 KB to 800 KB (4×: linear ≈ 4, quadratic ≈ 16; below ~100 KB V8's own costs jump, so smaller sizes mislead). The sizes are measured in turns, best of three
    // each, so a busy machine slows both alike instead of failing the test.
    const large = text.repeat(4);
    const small: number[] = [];
    const big: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [input, times] of [
        [text, small],
        [large, big],
      ] as const) {
        const started = performance.now();
        parseCommands(input, NOW);
        times.push(performance.now() - started);
      }
    }
    expect(Math.min(...big) / Math.max(Math.min(...small), 1)).toBeLessThan(10);
  });
});

/** Prose that cannot open or close a code region, start a command or a quote. */
const prose = fc
  .string({ maxLength: 30 })
  .map((s) => s.replace(/[`~<>\r\n\u2028\u2029]/g, ' ').replace(/^\s*\//, 'x/'));
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

describe('withoutCodeSpans', () => {
  it('removes matched backtick runs and keeps unmatched ones, in linear time', async () => {
    const { withoutCodeSpans } = await import('../../src/retro/commands/scan.ts');
    expect(withoutCodeSpans('a `b` c ``d`e`` f')).toBe('a  c  f');
    expect(withoutCodeSpans('a ``b` c')).toBe('a ``b` c');
    // Runs of every length 1..n: a quadratic matcher pays n² here. Growth from n to 4n, best of three each,
    // measured in turns (see the parser's guard above): linear ≈ 4, quadratic ≈ 16.
    const nasty = (n: number) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 1)).join('x');
    const [small, big] = [nasty(200), nasty(400)];
    const times: [number[], number[]] = [[], []];
    for (let round = 0; round < 3; round++) {
      for (const [k, input] of [small, big].entries()) {
        const started = performance.now();
        withoutCodeSpans(input);
        times[k]?.push(performance.now() - started);
      }
    }
    expect(Math.min(...times[1]) / Math.max(Math.min(...times[0]), 1)).toBeLessThan(10);
  });
});
