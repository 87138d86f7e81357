import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-B7DNFUQI.js";
import "./chunk-YZDOCYCN.js";
import "./chunk-44SD7676.js";
import "./chunk-X27AAFNH.js";
import {
  previousItemsStatus
} from "./chunk-4ZAWTLOQ.js";
import "./chunk-URUPEP2K.js";
import "./chunk-366W3JI3.js";
import "./chunk-KP7DTX4P.js";
import "./chunk-6M522X6U.js";
import "./chunk-D4IRTDQ3.js";
import "./chunk-5TDC4I5I.js";
import "./chunk-C6H5HPCO.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-B7WMJXGS.js";
import "./chunk-YVJEIW62.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
