import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/config/inputs.ts';

function read(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

function errorOf(values: Record<string, string>): string {
  try {
    parseInputs(read(values));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseInputs to throw');
}

describe('parseInputs', () => {
  it('applies defaults to unset inputs', () => {
    expect(parseInputs(read({ 'github-token': 'ghs_x' }))).toEqual({
      'github-token': 'ghs_x',
      'project-token': undefined,
      'config-path': '.github/release-retro.yml',
      mode: 'auto',
      tag: undefined,
      repository: undefined,
      'dry-run': false,
      'maturity-hours': undefined,
      'discussion-category': undefined,
      'project-url': undefined,
      monitoring: undefined,
    });
  });

  it('parses booleans and numbers deliberately', () => {
    const inputs = parseInputs(read({ 'github-token': 't', 'dry-run': 'TRUE', 'maturity-hours': '0' }));
    expect(inputs['dry-run']).toBe(true);
    expect(inputs['maturity-hours']).toBe(0);
    expect(errorOf({ 'github-token': 't', 'dry-run': 'yes' })).toContain('"dry-run" must be true or false');
    expect(errorOf({ 'github-token': 't', 'maturity-hours': '48h' })).toContain(
      '"maturity-hours" must be a number',
    );
  });

  it('rejects a mode that does not exist', () => {
    expect(errorOf({ 'github-token': 't', mode: 'close' })).toContain(
      '"mode" is "close"; allowed: "auto", "open", "command", "finalize", "remind", "preview"',
    );
  });

  it('rejects a repository that is not owner/name', () => {
    expect(errorOf({ 'github-token': 't', repository: 'acme' })).toContain(
      '"repository" must look like owner/name',
    );
  });

  it('never echoes a token', () => {
    const message = errorOf({ 'github-token': 'ghp_secret123', 'project-token': 'ghp_other456', mode: 'x' });
    expect(message).not.toContain('ghp_secret123');
    expect(message).not.toContain('ghp_other456');
  });
});
