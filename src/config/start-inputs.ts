/**
 * The inputs the start of a run needs (src/start.ts), read without the inputs' schema. The schema (zod and
 * src/config/inputs.ts) took about 30 ms of a cold start to load and parse, before the first request could
 * leave; it now loads with the rest of the runner while those requests wait, and parses every input then.
 *
 * Each value here is what the schema makes of the same text, and is read only when the schema would accept
 * it: a start that finds one of these inputs malformed makes no request, and the schema says what is wrong
 * (`__tests__/foundation/start-inputs.property.test.ts` holds the two readings together).
 */
import { DEFAULT_CONFIG_PATH } from './read-config.ts';

export const MODES = ['auto', 'open', 'command', 'finalize', 'remind', 'preview', 'report'] as const;
export type Mode = (typeof MODES)[number];

/** What the `repository` input must look like. */
export const REPOSITORY_INPUT = /^[\w.-]+\/[\w.-]+$/;

export interface StartInputs {
  'github-token': string;
  /** The repository to run on instead of the workflow's, when the input names one. */
  repository: string | undefined;
  mode: Mode;
  'config-path': string;
  'discussion-category': string | undefined;
  /** Whether the run writes a result file (which stages it preloads). */
  'result-file': boolean;
}

/** The start's inputs, or null when one of them is not what the schema accepts. */
export function readStartInputs(read: (name: string) => string): StartInputs | null {
  const token = read('github-token').trim();
  const repository = read('repository').trim();
  const mode = read('mode').trim() || 'auto';
  if (!token || (repository && !REPOSITORY_INPUT.test(repository)) || !isMode(mode)) return null;
  return {
    'github-token': token,
    repository: repository || undefined,
    mode,
    'config-path': read('config-path').trim() || DEFAULT_CONFIG_PATH,
    'discussion-category': read('discussion-category').trim() || undefined,
    'result-file': read('result-file').trim() !== '',
  };
}

function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value);
}
