import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-MHJL4JDA.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-24YVIEXD.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
