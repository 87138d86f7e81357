// Lets tsx-run scripts import .graphql/.ejs/.yaml files as strings, as esbuild and vitest do.
// Usage: tsx --import ./scripts/text-assets.mjs script.ts
import { register } from 'node:module';

register('./text-assets-hooks.mjs', import.meta.url);
