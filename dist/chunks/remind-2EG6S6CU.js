import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
} from "./chunk-OHFG5JAD.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
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
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
};
