import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentGantt, leadTimeChart, mermaidText, trendChart } from '../../src/render/mermaid.ts';
import { expectMermaidToParse, mermaidBlocks, mermaidDiagram } from './mermaid-parse.ts';

const HOSTILE = [
  'fix: "quoted"; #123 and %% comment',
  '%%{init: {"theme": "dark"}}%%',
  'a --> b <script>alert(1)</script>',
  'title injected',
  'section fake',
  '2026-01-01 starts with a date',
  'click me href "javascript:alert(1)"',
  'über 🚀 déploiement — 東京',
  'שלום עולם \u202Eevil',
  '```\nnot a fence\n~~~',
  'line\nbreak\r\nand\ttab',
  '#quot; entity; &amp;',
  '',
  '   ',
  '[x] -- [y]',
];

const at = (iso: string) => new Date(iso);

/** Arbitrary text, often starting with a word the gantt lexer reads as syntax. */
const LABEL = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom(
        'call',
        'href',
        'click',
        'section',
        'title',
        'weekday',
        'accDescr',
        '2026-01-01',
        'gantt',
      ),
      fc.string({ maxLength: 20 }),
    )
    .map(([word, rest]) => `${word}${rest}`),
);

interface GanttTaskDb {
  task: string;
  startTime: Date;
  endTime: Date;
  crit?: boolean;
  done?: boolean;
  active?: boolean;
  section: string;
}

async function ganttTasks(markdown: string): Promise<GanttTaskDb[]> {
  const [block] = mermaidBlocks(markdown);
  const diagram = await mermaidDiagram(block ?? '');
  return (diagram.db as { getTasks(): GanttTaskDb[] }).getTasks();
}

describe('mermaidText', () => {
  it('replaces syntax characters with look-alikes and removes line breaks', () => {
    expect(mermaidText('fix: a; #1 100% "x" `y` <b>')).toBe("fix： a； ＃1 100％ 'x' 'y' ‹b›");
    expect(mermaidText('a\nb\r\nc')).toBe('a b c');
    expect(mermaidText('   ')).toBe('(unnamed)');
    expect(mermaidText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never leaves a character mermaid or the fence would read as syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = mermaidText(text);
        expect(out).not.toMatch(/[:;#%"`<>\r\n\u2028\u2029]/);
        expect(out.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('deploymentGantt', () => {
  const staging = {
    section: 'staging',
    label: 'v1.4.0',
    start: at('2026-03-02T09:00:00Z'),
    end: at('2026-03-02T09:12:00Z'),
    outcome: 'succeeded' as const,
  };
  const tasks = [
    staging,
    {
      section: 'production',
      label: 'v1.4.0',
      start: at('2026-03-02T10:00:00Z'),
      end: at('2026-03-02T10:20:00Z'),
      outcome: 'failed' as const,
    },
    {
      section: 'production',
      label: 'rollback to v1.3.2',
      start: at('2026-03-02T10:25:00Z'),
      end: at('2026-03-02T10:30:00Z'),
      outcome: 'rollback' as const,
    },
    {
      section: 'production',
      label: 'v1.4.1',
      start: at('2026-03-02T14:00:00Z'),
      end: at('2026-03-02T14:00:00Z'),
      outcome: 'in-progress' as const,
    },
  ];

  it('writes a gantt with one section per environment and status tags', async () => {
    const out = deploymentGantt(tasks, { title: 'Deployments of v1.4.0' });
    expect(out).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      %%{init: {"themeVariables":{"doneTaskBkgColor":"#4ac26b","doneTaskBorderColor":"#1a7f37","critBkgColor":"#ff8182","critBorderColor":"#cf222e","activeTaskBkgColor":"#f2cc60","activeTaskBorderColor":"#9a6700","taskBkgColor":"#80ccff","taskBorderColor":"#0969da","taskTextColor":"#1f2328","taskTextDarkColor":"#1f2328"}}}%%
      gantt
          title Deployments of v1.4.0
          dateFormat YYYY-MM-DDTHH:mm:ss
          axisFormat %m-%d %H:%M
          tickInterval 1hour
          todayMarker off
          section staging
          v1.4.0 :done, 2026-03-02T09:00:00, 2026-03-02T09:12:00
          section production
          v1.4.0 :crit, 2026-03-02T10:00:00, 2026-03-02T10:20:00
          rollback to v1.3.2 :2026-03-02T10:25:00, 2026-03-02T10:30:00
          v1.4.1 :active, 2026-03-02T14:00:00, 2026-03-02T14:01:00
      \`\`\`"
    `);
    expect(await expectMermaidToParse(out)).toEqual(['gantt']);
    const parsed = await ganttTasks(out);
    // One fill per outcome: done (succeeded), crit (failed), plain (rollback), active (in progress).
    expect(
      parsed.map((t) => [t.section, t.task.trim(), Boolean(t.crit), Boolean(t.done), Boolean(t.active)]),
    ).toEqual([
      ['staging', 'v1.4.0', false, true, false],
      ['production', 'v1.4.0', true, false, false],
      ['production', 'rollback to v1.3.2', false, false, false],
      ['production', 'v1.4.1', false, false, true],
    ]);
  });

  it('uses a day axis for a long span', () => {
    const out = deploymentGantt([
      { ...staging, start: at('2026-03-01T00:00:00Z'), end: at('2026-03-11T00:00:00Z') },
    ]);
    expect(out).toContain('axisFormat %Y-%m-%d');
    expect(out).toContain('tickInterval 1day');
  });

  it('keeps hostile labels and sections as plain task names that still parse', async () => {
    const hostile = HOSTILE.map((label, i) => ({
      section: HOSTILE[(i + 3) % HOSTILE.length] ?? '',
      label,
      start: at(`2026-03-02T${String(10 + (i % 10)).padStart(2, '0')}:00:00Z`),
      end: at(`2026-03-02T${String(10 + (i % 10)).padStart(2, '0')}:30:00Z`),
      outcome: (['succeeded', 'failed', 'rollback', 'rolled-back'] as const)[i % 4] ?? 'succeeded',
    }));
    const out = deploymentGantt(hostile, { title: '%%{init: {"theme":"forest"}}%% title: x' });
    await expectMermaidToParse(out);
    const parsed = await ganttTasks(out);
    // Every task survives as one task whose dates are the ones we wrote: no label leaked into syntax.
    expect(parsed).toHaveLength(HOSTILE.length);
    parsed.forEach((task, i) => {
      expect(task.task.trim().replace('\u200B', '')).toBe(mermaidText(HOSTILE[i] ?? ''));
      expect(task.startTime.toISOString()).toBe(hostile[i]?.start.toISOString());
    });
    // The only directive is our own colour directive on the first line: no label can add one.
    expect(out.split('\n').filter((l) => l.includes('%%'))).toEqual([out.split('\n')[1]]);
    expect(out.split('\n')[1]).toMatch(/^%%\{init: \{"themeVariables"/);
    expect(out.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
  });

  it('keeps labels that start with a gantt keyword (click, call, href) as task names', async () => {
    for (const label of ['cAll', 'call me', 'href', 'click here', 'Section 2']) {
      const out = deploymentGantt([
        {
          section: 's',
          label,
          start: at('2026-01-01T00:00:00Z'),
          end: at('2026-01-01T01:00:00Z'),
          outcome: 'succeeded',
        },
      ]);
      await expectMermaidToParse(out);
      expect(await ganttTasks(out)).toHaveLength(1);
    }
  });

  it('keeps a label starting with any word of the gantt lexer a task (a deployment called "call" was a callback)', async () => {
    // Every literal word at the start of a rule of mermaid 11's gantt lexer (gantt.jison), and a date.
    const words = [
      ...['gantt', 'dateFormat', 'inclusiveEndDates', 'topAxis', 'axisFormat', 'tickInterval', 'includes'],
      ...['excludes', 'todayMarker', 'weekday', 'weekend', 'title', 'accTitle', 'accDescr', 'accDescription'],
      ...['section', 'click', 'call', 'href', '2026-01-01'],
    ];
    const labels = words.flatMap((w) => [w, `${w} x`, `${w.toUpperCase()}  (y)`, `${w} monday`]);
    const out = deploymentGantt(
      labels.map((label) => ({
        section: 'production',
        label,
        start: at('2026-01-01T00:00:00Z'),
        end: at('2026-01-01T01:00:00Z'),
        outcome: 'succeeded' as const,
      })),
    );
    await expectMermaidToParse(out);
    const parsed = await ganttTasks(out);
    expect(parsed.map((t) => t.task.trim().replace('\u200B', ''))).toEqual(labels.map((l) => mermaidText(l)));
  });

  it('parses for arbitrary labels', async () => {
    await fc.assert(
      fc.asyncProperty(LABEL, fc.string({ maxLength: 40 }), async (label, section) => {
        const out = deploymentGantt([
          {
            section,
            label,
            start: at('2026-01-01T00:00:00Z'),
            end: at('2026-01-01T01:00:00Z'),
            outcome: 'succeeded',
          },
        ]);
        await expectMermaidToParse(out);
        expect(await ganttTasks(out)).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('returns an empty string for no tasks and throws on an invalid date', () => {
    expect(deploymentGantt([])).toBe('');
    expect(() => deploymentGantt([{ ...staging, end: new Date(Number.NaN) }])).toThrow(/not a valid date/);
  });
});

describe('leadTimeChart', () => {
  const buckets = [
    { label: '< 1 h', count: 3 },
    { label: '1–24 h', count: 7 },
    { label: '1–7 days', count: 2 },
    { label: '> 7 days', count: 0 },
  ];

  it('writes an xychart bar chart', async () => {
    const out = leadTimeChart(buckets, 'Lead time for changes');
    expect(out).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      %%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#0969da"}},"xyChart":{"height":300}}}%%
      xychart-beta
          title "Lead time for changes"
          x-axis ["‹ 1 h", "1–24 h", "1–7 days", "› 7 days"]
          y-axis "changes" 0 --> 10
          bar [3, 7, 2, 0]
      \`\`\`"
    `);
    expect(await expectMermaidToParse(out)).toEqual(['xychart']);
  });

  it('parses with hostile labels and keeps one category per bucket', async () => {
    const out = leadTimeChart(
      HOSTILE.map((label, i) => ({ label, count: i })),
      'a "title" --> %% with: colon',
    );
    await expectMermaidToParse(out);
    const diagram = await mermaidDiagram(mermaidBlocks(out)[0] ?? '');
    const data = (diagram.db as { getXYChartData(): { xAxis: { categories: string[] } } }).getXYChartData();
    expect(data.xAxis.categories).toHaveLength(HOSTILE.length);
  });

  it('returns an empty string when nothing was measured', () => {
    expect(leadTimeChart([])).toBe('');
    expect(leadTimeChart([{ label: 'a', count: 0 }])).toBe('');
  });
});

describe('trendChart', () => {
  it('writes an xychart line chart with plain-notation numbers', async () => {
    const out = trendChart(
      [
        { label: 'v1.1.0', value: 0.1 + 0.2 },
        { label: 'v1.2.0', value: 12 },
        { label: 'v1.3.0', value: 1e-7 },
        { label: 'v1.4.0', value: -3.456 },
      ],
      'Change failure rate',
      '%',
    );
    expect(out).toContain('line [0.3, 12, 0, -3.46]');
    expect(out).toContain('y-axis "％"');
    expect(await expectMermaidToParse(out)).toEqual(['xychart']);
  });

  it('parses for arbitrary labels and finite values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            label: fc.string({ maxLength: 30 }),
            value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        async (points, title, yLabel) => {
          await expectMermaidToParse(trendChart(points, title, yLabel));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('returns an empty string for no points and throws on a non-finite value', () => {
    expect(trendChart([], 't', 'y')).toBe('');
    expect(() => trendChart([{ label: 'x', value: Number.NaN }], 't', 'y')).toThrow(/finite/);
  });
});
