import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-5CF7ESKA.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-VJ6M7C6I.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
