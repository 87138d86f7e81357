/**
 * The JSON Schema for .github/release-retro.yml, generated from the same zod schema that validates it,
 * so editors and the action can never disagree. Every key is optional in the file (it is merged over the
 * default plan), and each property carries the default plan's value as its `default`, and its description
 * and examples from the zod schema.
 */
import './zod-setup.ts';
import * as z from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { configSchema } from './config-schema.ts';
import { defaultRawPlan } from './default-plan.ts';

export type JsonSchema = {
  [key: string]: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
};

/**
 * Where editors fetch the schema: the file at the major version's tag, so a modeline keeps working for every
 * v0.x.y and moves only when the configuration can break (a new major).
 */
export const SCHEMA_URL = `https://raw.githubusercontent.com/release-retro/release-retro/v${packageJson.version.split('.')[0]}/schema/release-retro.schema.json`;

/**
 * zod writes `.includes('{tag}')` as `format: "includes"` beside the pattern that says the same; "includes" is
 * no JSON Schema format, so strict validators (ajv) refuse the whole schema. The pattern stays.
 */
function withoutZodFormats(schema: JsonSchema): JsonSchema {
  const { format, ...rest } = schema;
  return format === 'includes' ? rest : schema;
}

function relax(schema: JsonSchema, defaults: unknown): JsonSchema {
  const { required: _required, ...rest } = withoutZodFormats(schema);
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
  if (schema.items) out.items = relaxItems(schema.items);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as JsonSchema[] | undefined;
    if (options) out[key] = options.map(withoutZodFormats);
  }
  return out;
}

/**
 * List items keep their required keys (an agenda item needs its id); only formats are fixed, at every depth
 * (an entry of `lines` holds the whole configuration).
 */
function relaxItems(items: JsonSchema): JsonSchema {
  const out: JsonSchema = withoutZodFormats(items);
  if (items.items) out.items = relaxItems(items.items);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = items[key] as JsonSchema[] | undefined;
    if (options) out[key] = options.map(relaxItems);
  }
  if (!items.properties) return out;
  return {
    ...out,
    properties: Object.fromEntries(Object.entries(items.properties).map(([k, v]) => [k, relaxItems(v)])),
  };
}

export function configJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { default: _default, ...schema } = relax(generated, defaultRawPlan());
  return {
    ...schema,
    $id: SCHEMA_URL,
    title: 'release-retro configuration (.github/release-retro.yml)',
    description:
      'Merged over the default plan (templates/retrospective-plan.yaml): objects merge key by key, lists replace.',
  };
}
