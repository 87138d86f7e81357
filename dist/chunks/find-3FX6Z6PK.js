import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findByTag,
  loadRetroIndex,
  trustedState
} from "./chunk-63RY2TID.js";
import "./chunk-X226BT7Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-MSVVNYI7.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-RS5HNCQA.js";
import "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";
export {
  findByTag,
  loadRetroIndex,
  trustedState
};
