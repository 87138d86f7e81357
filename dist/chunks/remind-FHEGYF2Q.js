import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
} from "./chunk-YAJU7ERY.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-MSVVNYI7.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-RS5HNCQA.js";
import "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";
export {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
};
