import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-IKHKQNR2.js";
import "./chunk-DNWNYQ4Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-Y63OKZUT.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
