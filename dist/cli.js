#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
console.error("release-retro CLI: preview is not built yet.");
process.exitCode = 1;
