import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
} from "./chunk-ZK2ARPRB.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-Y63OKZUT.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
};
