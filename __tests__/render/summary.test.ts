import { describe, expect, it } from 'vitest';
import { renderRetroSummary, renderWaiting } from '../../src/render/summary.ts';
import * as f from './fixtures/retro-fixture.ts';

const input = () => ({
  config: f.config(),
  data: f.releaseData(),
  metrics: f.metrics(),
  previous: null,
  state: f.state(),
});

describe('renderRetroSummary', () => {
  it('links the discussion and repeats the data (snapshot)', async () => {
    const text = renderRetroSummary(input(), 'opened', {
      number: 12,
      url: 'https://github.com/acme/shop/discussions/12',
    });
    expect(text).toContain(
      'Opened the retrospective: **[#12 Retrospective: v1.4.0](https://github.com/acme/shop/discussions/12)**.',
    );
    await expect(text).toMatchFileSnapshot('./__snapshots__/summary.md');
  });

  it('says nothing was created in a dry run', () => {
    expect(renderRetroSummary(input(), 'dry-run', null)).toContain('**Dry run:** nothing was created.');
    expect(renderRetroSummary(input(), 'preview', null)).toContain('**Preview:** nothing was created.');
  });
});

describe('renderWaiting', () => {
  it('lists why and when, escaping the tag', () => {
    expect(
      renderWaiting([
        {
          tag: 'v2|0',
          url: 'https://github.com/acme/shop/releases/tag/v2',
          reason: 'published 47 h ago.',
          readyAt: '2026-03-18T11:00:00Z',
        },
        {
          tag: 'v3',
          url: 'https://github.com/acme/shop/releases/tag/v3',
          reason: '#3 is open.',
          readyAt: null,
        },
      ]),
    ).toMatchInlineSnapshot(`
      "### Not ready for a retrospective yet

      | Release | Why not yet | Ready |
      | --- | --- | --- |
      | [v2\\|0](https://github.com/acme/shop/releases/tag/v2) | published 47 h ago. | from 2026-03-18 11:00 UTC |
      | [v3](https://github.com/acme/shop/releases/tag/v3) | #3 is open. | when the blocking issue is resolved |"
    `);
  });

  it('is empty when nothing waits', () => {
    expect(renderWaiting([])).toBe('');
  });
});
