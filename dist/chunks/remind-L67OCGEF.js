import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
} from "./chunk-4ZAWTLOQ.js";
import "./chunk-URUPEP2K.js";
import "./chunk-366W3JI3.js";
import "./chunk-C6H5HPCO.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-B7WMJXGS.js";
import "./chunk-YVJEIW62.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
};
