import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-NNAU3Z4U.js";
import "./chunk-DDOBQEUR.js";
import "./chunk-44SD7676.js";
import "./chunk-AEFWWXGJ.js";
import {
  previousItemsStatus
} from "./chunk-ONRKBBAC.js";
import "./chunk-Z4SMYRIF.js";
import "./chunk-366W3JI3.js";
import "./chunk-DJ7QFMP4.js";
import "./chunk-5CF7ESKA.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-VJ6M7C6I.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
