import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startRun
} from "./chunks/chunk-HKSPMLCB.js";
import "./chunks/chunk-K4MQLSWD.js";
import "./chunks/chunk-HHI3R4JO.js";
import "./chunks/chunk-OOT7UWAH.js";
import "./chunks/chunk-YOH7XHVK.js";
import "./chunks/chunk-HO4A77JF.js";
import "./chunks/chunk-WJ5OIIMH.js";
import "./chunks/chunk-CJKOEJJ5.js";
import "./chunks/chunk-OTWVVFX5.js";
import "./chunks/chunk-XDTKL5F7.js";
import {
  requestsWritten
} from "./chunks/chunk-OU6TGR5C.js";
import "./chunks/chunk-ZCQLGQEF.js";
import "./chunks/chunk-D36BQLDK.js";
import "./chunks/chunk-HANBNIMK.js";

// src/index.ts
var started = await startRun();
await requestsWritten();
var { run } = await import("./chunks/run-TILEYYQJ.js");
await run(started);
