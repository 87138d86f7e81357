import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-IMNKCBZS.js";
import "./chunk-DDOBQEUR.js";
import "./chunk-44SD7676.js";
import "./chunk-AEFWWXGJ.js";
import {
  previousItemsStatus
} from "./chunk-RJU5GCRI.js";
import "./chunk-Z4SMYRIF.js";
import "./chunk-366W3JI3.js";
import "./chunk-DJ7QFMP4.js";
import "./chunk-PBTTCMFY.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-FBIYYZY4.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
