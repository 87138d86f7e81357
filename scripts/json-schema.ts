// Writes schema/release-retro.schema.json from the zod config schema. A test fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config/json-schema.ts';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/release-retro.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log('wrote schema/release-retro.schema.json');
