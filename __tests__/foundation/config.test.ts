import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { deepMerge, loadConfig } from '../../src/config/load.ts';

const SOURCE = '.github/release-retro.yml';

function errorOf(text: string): string {
  try {
    loadConfig(text, SOURCE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('uses the default plan when there is no file', () => {
    const config = loadConfig(null, SOURCE);
    expect(config.maturity.hours).toBe(48);
    expect(config.discussionCategory).toBe('retrospectives');
    expect(config.survey.map((s) => s.id)).toEqual(['went-well', 'could-improve', 'puzzles', 'shout-outs']);
    expect(config.agenda.reduce((sum, a) => sum + a.minutes, 0)).toBe(config.meeting.minutes);
    expect(config.actionItems.labels.base).toBe('retro-action');
  });

  it('merges objects key by key and replaces lists whole', () => {
    const config = loadConfig(
      'maturity:\n  hours: 24\nsurvey:\n  - id: kudos\n    title: Kudos\nfacilitators:\n  users: [maya]\n',
      SOURCE,
    );
    expect(config.maturity.hours).toBe(24);
    expect(config.maturity.gates.openIncidents).toBe(true);
    expect(config.survey).toEqual([{ id: 'kudos', title: 'Kudos', prompt: '' }]);
    expect(config.facilitators).toEqual({ users: ['maya'], teams: [] });
  });

  it('lets inputs override the file', () => {
    const config = loadConfig('maturity:\n  hours: 24\n', SOURCE, {
      maturityHours: 0,
      discussionCategory: 'General',
      projectUrl: 'https://github.com/orgs/acme/projects/1',
    });
    expect(config.maturity.hours).toBe(0);
    expect(config.discussionCategory).toBe('General');
    expect(config.project.url).toBe('https://github.com/orgs/acme/projects/1');
  });

  it('rejects a typo with the nearest known key', () => {
    const message = errorOf('maturity:\n  hour: 24\n');
    expect(message).toContain(SOURCE);
    expect(message).toContain('unknown key "maturity.hour"');
    expect(message).toContain('Did you mean "hours"?');
  });

  it('lists the known keys when nothing is close', () => {
    expect(errorOf('zzzzzzzz: 1\n')).toMatch(
      /unknown key "zzzzzzzz"\. Known keys here: title, discussion-category/,
    );
  });

  it('names the key path, the bad value and what is allowed', () => {
    expect(errorOf('maturity:\n  hours: soon\n')).toContain(
      '"maturity.hours" should be number, but is "soon"',
    );
    expect(errorOf('proposers: everybody\n')).toContain(
      '"proposers" is "everybody"; allowed: "anyone", "facilitators"',
    );
    expect(errorOf('releases:\n  tag-pattern: "v *"\n')).toContain(
      '"releases.tag-pattern" must be a tag glob without spaces',
    );
    expect(errorOf('survey:\n  - id: Went Well\n    title: x\n')).toContain(
      '"survey[0].id" must use only lowercase',
    );
  });

  it('reports every problem at once', () => {
    const message = errorOf('maturity:\n  hours: -1\nmax-action-items: 0\n');
    expect(message).toContain('"maturity.hours"');
    expect(message).toContain('"max-action-items"');
  });

  it('rejects invalid YAML with the line', () => {
    expect(errorOf('maturity: [\n')).toMatch(/is not valid YAML at line \d+/);
  });

  it('rejects a file that is not a mapping', () => {
    expect(errorOf('- a\n- b\n')).toContain('must be a YAML mapping');
  });

  it('checks rules across keys', () => {
    expect(errorOf('action-items:\n  milestones:\n    strategy: fixed\n')).toContain(
      '"action-items.milestones.fixed-title" is required when strategy is "fixed"',
    );
    expect(errorOf('survey:\n  - {id: a, title: A}\n  - {id: a, title: B}\n')).toContain('"a" is used twice');
    expect(errorOf('project:\n  url: https://example.com/x\n')).toContain('must be a project URL');
  });
});

describe('deepMerge', () => {
  it('keeps the base where the override says nothing', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, d: [1] }, { a: { b: 3 }, d: [2, 3] })).toEqual({
      a: { b: 3, c: 2 },
      d: [2, 3],
    });
  });
});
