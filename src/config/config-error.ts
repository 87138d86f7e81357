/**
 * The error of a run whose inputs, environment or config file are wrong: its message is what the user reads.
 * A module of its own, without zod: the start of a run (src/start.ts) reports a wrong environment before the
 * schemas are loaded (src/config/errors.ts turns a schema's issues into these).
 */

/** One problem in a file, where it is: an annotation on that line of the file in the workflow run. */
export interface ConfigProblem {
  message: string;
  file: string;
  line: number;
  column: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The problems with their place in the file, when the error is about a file's content. */
  readonly problems: readonly ConfigProblem[];

  constructor(message: string, problems: readonly ConfigProblem[] = []) {
    super(message);
    this.problems = problems;
  }
}
