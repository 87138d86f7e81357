import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-7CZ6AAWD.js";
import "./chunk-ROZIANIL.js";
import "./chunk-5TDC4I5I.js";
import "./chunk-YVJEIW62.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
