import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  INPUT_NAMES,
  inputSchema,
  parseInputs
} from "./chunk-NIQDG3PP.js";
import "./chunk-K4MQLSWD.js";
import "./chunk-JYEVMDVV.js";
import "./chunk-WJ5OIIMH.js";
import "./chunk-CJKOEJJ5.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";
export {
  INPUT_NAMES,
  inputSchema,
  parseInputs
};
