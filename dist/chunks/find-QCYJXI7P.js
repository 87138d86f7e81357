import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-GWTXVFDC.js";
import "./chunk-D4IRTDQ3.js";
import "./chunk-5TDC4I5I.js";
import "./chunk-6MKWNHZZ.js";
import "./chunk-TS5FX5ZZ.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
