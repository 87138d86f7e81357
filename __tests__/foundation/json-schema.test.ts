import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultRawPlan } from '../../src/config/default-plan.ts';
import { configJsonSchema } from '../../src/config/json-schema.ts';

describe('schema/release-retro.schema.json', () => {
  it('is fresh (run npm run schema after changing src/config/config-schema.ts)', () => {
    const committed = JSON.parse(readFileSync('schema/release-retro.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });

  it('accepts the default plan and a partial file, rejects a typo', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    expect(validate(parse(readFileSync('templates/retrospective-plan.yaml', 'utf8')))).toBe(true);
    expect(validate({ maturity: { hours: 24 } })).toBe(true);
    expect(validate({ maturity: { hour: 24 } })).toBe(false);
  });
});

describe('src/config/default-plan.generated.json', () => {
  it('is templates/retrospective-plan.yaml parsed (run npm run schema after changing the plan)', () => {
    const generated = JSON.parse(readFileSync('src/config/default-plan.generated.json', 'utf8'));
    expect(generated).toEqual(parse(readFileSync('templates/retrospective-plan.yaml', 'utf8')));
    expect(defaultRawPlan()).toEqual(generated);
  });
});
