import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
} from "./chunk-KJ5ONPLH.js";
import "./chunk-URUPEP2K.js";
import "./chunk-366W3JI3.js";
import "./chunk-XSKW6RTE.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-BXJ7LSJ5.js";
import "./chunk-FBIYYZY4.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  daysOverdue,
  dueOfIssue,
  previousItemsStatus,
  remindOverdue
};
