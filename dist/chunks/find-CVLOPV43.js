import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-U7ISE2JS.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-HN4T3ZPW.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
