import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/config/config-error.ts
var ConfigError = class extends Error {
  name = "ConfigError";
  /** The problems with their place in the file, when the error is about a file's content. */
  problems;
  constructor(message, problems = []) {
    super(message);
    this.problems = problems;
  }
};

export {
  ConfigError
};
