import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-M6ISPIPJ.js";
import "./chunk-DDOBQEUR.js";
import "./chunk-44SD7676.js";
import "./chunk-AEFWWXGJ.js";
import {
  previousItemsStatus
} from "./chunk-KJ5ONPLH.js";
import "./chunk-URUPEP2K.js";
import "./chunk-366W3JI3.js";
import "./chunk-HPDAKQFM.js";
import "./chunk-PBTTCMFY.js";
import "./chunk-II7HTBJP.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XSKW6RTE.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-BXJ7LSJ5.js";
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
