/**
 * The start of a run reads the inputs its first requests need without their schema (src/config/start-inputs.ts).
 * The two readings must agree: whatever the schema accepts, the start reads the same values from; whatever the
 * start finds malformed, the schema rejects (so a start that sends nothing always has the schema's reason).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/config/inputs.ts';
import { readStartInputs } from '../../src/config/start-inputs.ts';

/** Texts near each input's rules: blanks, padding, case, the valid forms and near misses. */
const text = (...samples: string[]) =>
  fc.oneof(fc.constantFrom('', ' ', '  x  ', ...samples), fc.string({ maxLength: 12 }));

const inputs = fc.record({
  'github-token': text('ghs_abc', ' ghs_abc '),
  repository: text('acme/web', ' acme/web ', 'acme', 'acme/web/x', 'a.b/c-d_e', 'acme/'),
  mode: text('open', ' command ', 'OPEN', 'close', 'auto', 'report', 'preview'),
  'config-path': text('.github/other.yml', ' conf.yml '),
  'discussion-category': text('Retrospectives', ' Retros '),
  'result-file': text('result.json', ' r.json '),
  'dry-run': text('true', 'false', 'yes'),
  'maturity-hours': text('48', '1.5', '48h'),
});

describe('the start inputs', () => {
  it('are read from what the schema accepts, and are never read where the schema rejects', () => {
    fc.assert(
      fc.property(inputs, (values) => {
        const read = (name: string) => (values as Record<string, string>)[name] ?? '';
        const start = readStartInputs(read);
        let parsed: ReturnType<typeof parseInputs> | undefined;
        try {
          parsed = parseInputs(read);
        } catch {
          parsed = undefined;
        }
        if (start === null) expect(parsed).toBeUndefined();
        if (parsed === undefined) return; // the start may have read its own inputs; the run reports the rest
        expect(start).toEqual({
          'github-token': parsed['github-token'],
          repository: parsed.repository,
          mode: parsed.mode,
          'config-path': parsed['config-path'],
          'discussion-category': parsed['discussion-category'],
          'result-file': parsed['result-file'] !== undefined,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('are null for each malformed start input', () => {
    const valid = { 'github-token': 'ghs_abc' } as Record<string, string>;
    const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(readStartInputs(read(valid))).not.toBeNull();
    const malformed: Record<string, string>[] = [
      { 'github-token': ' ' },
      { repository: 'acme' },
      { mode: 'close' },
    ];
    for (const bad of malformed) expect(readStartInputs(read({ ...valid, ...bad }))).toBeNull();
  });
});
