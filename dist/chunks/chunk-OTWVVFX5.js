import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-HANBNIMK.js";

// builtin-required:path
var require_path = __commonJS({
  "builtin-required:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_path
};
