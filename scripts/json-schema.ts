// Writes src/config/default-plan.generated.json from templates/retrospective-plan.yaml (the default plan as the
// action loads it, parsed here rather than on every run), then schema/release-retro.schema.json and the
// reference table of docs/configuration.md from the zod config schema, the one source of keys, defaults,
// descriptions and examples. A test fails when any of them is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const plan = 'src/config/default-plan.generated.json';
writeFileSync(
  plan,
  `${JSON.stringify(parse(readFileSync('templates/retrospective-plan.yaml', 'utf8')), null, 2)}\n`,
);
console.log(`wrote ${plan}`);

// Imported only now: the schema's defaults come from the plan just written.
const { configReference, withReference } = await import('../src/config/config-reference.ts');
const { configJsonSchema } = await import('../src/config/json-schema.ts');
const { monitoringJsonSchema } = await import('../src/monitoring/schema.ts');

const schema = configJsonSchema();
mkdirSync('schema', { recursive: true });
writeFileSync('schema/release-retro.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
const doc = 'docs/configuration.md';
writeFileSync(doc, withReference(readFileSync(doc, 'utf8'), configReference(schema)));
console.log(`wrote schema/release-retro.schema.json and the reference table of ${doc}`);
writeFileSync('schema/monitoring.schema.json', `${JSON.stringify(monitoringJsonSchema(), null, 2)}\n`);
console.log('wrote schema/monitoring.schema.json');
