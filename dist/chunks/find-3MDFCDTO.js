import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-SOCISCHD.js";
import "./chunk-KCYEQWIJ.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-MDT7WS5P.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
