import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-XLQ7FULV.js";
import "./chunk-HO4A77JF.js";
import "./chunk-Q74JBZED.js";
import "./chunk-ONQBZXM5.js";
import "./chunk-AEFWWXGJ.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  previousItemsStatus
} from "./chunk-A62UIEMV.js";
import "./chunk-6ZDJ3UU7.js";
import "./chunk-366W3JI3.js";
import "./chunk-FDJNGC7N.js";
import "./chunk-4UNLPNHV.js";
import "./chunk-IDDNJXBW.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-VQUFFW2Z.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
