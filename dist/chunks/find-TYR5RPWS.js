import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-ZQJFIL33.js";
import "./chunk-X226BT7Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-OU6TGR5C.js";
import "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
