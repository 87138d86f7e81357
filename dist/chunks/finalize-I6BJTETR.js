import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize
} from "./chunk-DDWDJHEI.js";
import "./chunk-HO4A77JF.js";
import "./chunk-Q74JBZED.js";
import "./chunk-ONQBZXM5.js";
import "./chunk-AEFWWXGJ.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  previousItemsStatus
} from "./chunk-HJXACYVE.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import "./chunk-6NZAIBCB.js";
import "./chunk-SOCISCHD.js";
import "./chunk-KCYEQWIJ.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-MDT7WS5P.js";
import "./chunk-ZZR3CHCY.js";
import "./chunk-HANBNIMK.js";
export {
  autoFinalize,
  finalizeDiscussion,
  finalizeRetrospective,
  previousItemsStatus,
  unfinishedFinalize
};
