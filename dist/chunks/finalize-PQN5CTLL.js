import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-JBWEGEYE.js";
import "./chunk-HO4A77JF.js";
import "./chunk-U2BDOZUE.js";
import "./chunk-UA73MC25.js";
import "./chunk-EY5VRNTX.js";
import "./chunk-AEFWWXGJ.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  previousItemsStatus
} from "./chunk-ZK2ARPRB.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import "./chunk-NZP7LFYG.js";
import "./chunk-IKHKQNR2.js";
import "./chunk-DNWNYQ4Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-Y63OKZUT.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
