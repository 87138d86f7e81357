import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-4UNLPNHV.js";
import "./chunk-IDDNJXBW.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-VQUFFW2Z.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
