import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-W2ZX5OH4.js";
import "./chunk-HO4A77JF.js";
import "./chunk-OKKC7FS5.js";
import "./chunk-UA73MC25.js";
import "./chunk-WJ5OIIMH.js";
import "./chunk-CJKOEJJ5.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  previousItemsStatus
} from "./chunk-OHFG5JAD.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import "./chunk-77REARUG.js";
import "./chunk-ZQJFIL33.js";
import "./chunk-X226BT7Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-OU6TGR5C.js";
import "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
