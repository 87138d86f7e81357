/**
 * The JSON Schema for .github/release-retro.yml, generated from the same zod schema that validates it,
 * so editors and the action can never disagree. Every key is optional in the file (it is merged over the
 * default plan), and each property carries the default plan's value as its `default`.
 */
import { z } from 'zod';
import { configSchema } from './config-schema.ts';
import { defaultRawPlan } from './load.ts';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[] };

function relax(schema: JsonSchema, defaults: unknown): JsonSchema {
  const { required: _required, ...rest } = schema;
  const out: JsonSchema = { ...rest };
  if (defaults !== undefined && !('default' in out)) out.default = defaults;
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [
        key,
        relax(child, (defaults as Record<string, unknown> | undefined)?.[key]),
      ]),
    );
  }
  return out;
}

export function configJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { default: _default, ...schema } = relax(generated, defaultRawPlan());
  return {
    ...schema,
    $id: 'https://github.com/release-retro/release-retro/schema/release-retro.schema.json',
    title: 'release-retro configuration (.github/release-retro.yml)',
    description:
      'Merged over the default plan (templates/retrospective-plan.yaml): objects merge key by key, lists replace.',
  };
}
