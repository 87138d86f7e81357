import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-HANBNIMK.js";

// builtin-required:os
var require_os = __commonJS({
  "builtin-required:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

export {
  require_os
};
