import { readFile } from 'node:fs/promises';

const TEXT = /\.(graphql|ejs|yaml)$/;

export async function load(url, context, next) {
  if (!TEXT.test(url)) return next(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
