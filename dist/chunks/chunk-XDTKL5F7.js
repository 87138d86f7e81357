import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-HANBNIMK.js";

// builtin-required:fs
var require_fs = __commonJS({
  "builtin-required:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

export {
  require_fs
};
