import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-L3NWLPL3.js";
import "./chunk-A6P5GMMA.js";
import "./chunk-VDR6PK4S.js";
import "./chunk-24DGMBDU.js";
import {
  previousItemsStatus
} from "./chunk-X7PP54HC.js";
import "./chunk-URUPEP2K.js";
import "./chunk-366W3JI3.js";
import "./chunk-XRDE7YMC.js";
import "./chunk-GWTXVFDC.js";
import "./chunk-D4IRTDQ3.js";
import "./chunk-5TDC4I5I.js";
import "./chunk-C6H5HPCO.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-GUNXS3PP.js";
import "./chunk-6MKWNHZZ.js";
import "./chunk-TS5FX5ZZ.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
