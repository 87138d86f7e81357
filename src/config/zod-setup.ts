/**
 * zod's settings for a process that parses each schema a handful of times and exits (an action run, the CLI).
 * Imported, before zod itself, by every module that builds a schema: zod reads the setting when it builds a
 * schema, not when it parses.
 *
 * `jitless`: zod 4 compiles a fast path for each object schema (`new Function`) on its first parse. That pays
 * when one schema parses thousands of values; here the configuration and the record are parsed about once a
 * run, and the compile costs more than it saves: the configuration's first parse took 110–170 ms with it and
 * about 50 ms without, measured on the development container (docs/performance.md, "Start-up").
 */
import { config } from 'zod';

config({ jitless: true });
