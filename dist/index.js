import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startRun
} from "./chunks/chunk-EMYNWW6X.js";
import "./chunks/chunk-HHI3R4JO.js";
import "./chunks/chunk-LKDNKALG.js";
import "./chunks/chunk-ETJ64PJU.js";
import "./chunks/chunk-HO4A77JF.js";
import "./chunks/chunk-EY5VRNTX.js";
import "./chunks/chunk-AEFWWXGJ.js";
import "./chunks/chunk-OTWVVFX5.js";
import "./chunks/chunk-XDTKL5F7.js";
import "./chunks/chunk-GEUPCBRQ.js";
import {
  requestsWritten
} from "./chunks/chunk-Y63OKZUT.js";
import "./chunks/chunk-ZZR3CHCY.js";
import "./chunks/chunk-HANBNIMK.js";

// src/index.ts
var started = await startRun();
await requestsWritten();
var { run } = await import("./chunks/run-QPNNGFAO.js");
await run(started);
