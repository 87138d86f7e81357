import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BULK_IN_FLIGHT,
  HOUR_MS,
  actorLogin,
  bodyText,
  firstLine,
  getJson,
  iso,
  mapBulk,
  ms,
  people,
  section,
  trainReleases,
  trainTags,
  unavailable
} from "./chunk-MDT7WS5P.js";
import {
  shared
} from "./chunk-ZZR3CHCY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin-required:timers/promises
var require_promises = __commonJS({
  "builtin-required:timers/promises"(exports, module) {
    module.exports = __require("node:timers/promises");
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/github/graphql/ReleasePullRequests.graphql
var ReleasePullRequests_default = "# Merged pull requests of a repository, most recently updated first. The collector pages until updatedAt is\n# older than the previous release's tag commit (a pull request merged after it was updated after it too) and\n# keeps those whose merge commit is in the release's compare set. No baseRefName filter on purpose: a hotfix\n# merged into a release branch is part of the tag too. Nested connections are bounded; totals show truncation.\n# GitHub prices a page by its connections (1 + 100 for each nested one: labels, reviews, commits = 3 points).\n# A monorepo's release line asks for the files too, with ReleasePullRequestsWithFiles (4 points a page); the\n# files are not a skipped `@include` here because GitHub does not document that a skipped connection is not\n# priced, and the emulator prices it.\nquery ReleasePullRequests($owner: String!, $name: String!, $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    pullRequests(\n      states: MERGED\n      orderBy: { field: UPDATED_AT, direction: DESC }\n      first: 100\n      after: $cursor\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        title\n        url\n        createdAt\n        updatedAt\n        mergedAt\n        additions\n        deletions\n        changedFiles\n        author {\n          __typename\n          login\n        }\n        mergeCommit {\n          oid\n        }\n        labels(first: 20) {\n          nodes {\n            name\n          }\n        }\n        reviews(first: 30) {\n          totalCount\n          nodes {\n            state\n            submittedAt\n            author {\n              __typename\n              login\n            }\n          }\n        }\n        commits(first: 1) {\n          nodes {\n            commit {\n              authoredDate\n              committedDate\n            }\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/github/graphql/ReleasePullRequestsWithFiles.graphql
var ReleasePullRequestsWithFiles_default = "# ReleasePullRequests plus the paths each pull request touched, for a monorepo's release line: they come on\n# the same page (no request per pull request); the rare pull request with more than 100 files is completed by\n# PullRequestFiles. The files connection makes a page cost 4 points instead of 3. Keep the two documents'\n# selections alike (a test compares them).\nquery ReleasePullRequestsWithFiles($owner: String!, $name: String!, $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    pullRequests(\n      states: MERGED\n      orderBy: { field: UPDATED_AT, direction: DESC }\n      first: 100\n      after: $cursor\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        title\n        url\n        createdAt\n        updatedAt\n        mergedAt\n        additions\n        deletions\n        changedFiles\n        author {\n          __typename\n          login\n        }\n        mergeCommit {\n          oid\n        }\n        labels(first: 20) {\n          nodes {\n            name\n          }\n        }\n        reviews(first: 30) {\n          totalCount\n          nodes {\n            state\n            submittedAt\n            author {\n              __typename\n              login\n            }\n          }\n        }\n        files(first: 100) {\n          totalCount\n          nodes {\n            path\n          }\n        }\n        commits(first: 1) {\n          nodes {\n            commit {\n              authoredDate\n              committedDate\n            }\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/collect/graphql.ts
var import_promises2 = __toESM(require_promises(), 1);

// src/github/retry.ts
var import_promises = __toESM(require_promises(), 1);
var CREATING_MUTATIONS = /* @__PURE__ */ new Set(["CreateDiscussion", "AddDiscussionComment"]);
var CREATING_ROUTES = [/\/issues$/, /\/issues\/(\{issue_number\}|\d+)\/comments$/];
function createsContent(method, url, query) {
  if (method !== "POST") return false;
  if (url === "/graphql" || url.endsWith("/graphql")) {
    const operation = typeof query === "string" ? /^\s*mutation\s+(\w+)/.exec(query)?.[1] : void 0;
    return operation !== void 0 && CREATING_MUTATIONS.has(operation);
  }
  return CREATING_ROUTES.some((route) => route.test(url));
}
var TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;
function isServerError(error) {
  const status = error?.status;
  return typeof status === "number" && status >= 500;
}
function transientGraphqlError(response) {
  const errors = response.data?.errors;
  const message = errors?.[0]?.message;
  return message && TRANSIENT_GRAPHQL.test(message) ? message : void 0;
}
var policies = /* @__PURE__ */ new WeakMap();
function retryPolicyOf(octokit) {
  return policies.get(octokit);
}
function retryServerErrors(octokit, policy) {
  policies.set(octokit, policy);
  octokit.hook.wrap("request", async (request, options) => {
    const allowed = createsContent(options.method, options.url, options.query) ? 0 : policy.retries;
    for (let attempt = 0; ; attempt += 1) {
      const retry = async () => {
        if (attempt >= allowed) return false;
        await (0, import_promises.setTimeout)(policy.baseDelayMs * (attempt + 1) ** 2, void 0, { signal: policy.signal });
        return true;
      };
      try {
        const response = await request(options);
        if (transientGraphqlError(response) && await retry()) continue;
        return response;
      } catch (error) {
        if (isServerError(error) && await retry()) continue;
        throw policy.signal?.aborted ? error : unanswered(error, options, attempt + 1);
      }
    }
  });
}
function unanswered(error, options, attempts) {
  const e = error;
  if (!(error instanceof Error) || e?.status !== 500 || e.response !== void 0) return error;
  const operation = typeof options.query === "string" ? /^\s*(query|mutation)\s+(\w+)/.exec(options.query) : null;
  const what = `${options.method} ${options.url}${operation ? ` (${operation[1]} ${operation[2]})` : ""}`;
  const tries = attempts === 1 ? "once (a creation is never retried: it may have landed)" : `${attempts} times`;
  error.message = `GitHub did not answer ${what}, tried ${tries}: ${error.message}. Re-run the job; it continues where this one stopped.`;
  return error;
}

// src/collect/graphql.ts
var GraphqlErrors = class extends Error {
  constructor(errors, data) {
    super(`GraphQL: ${errors.map((e) => e.message).join("; ")}`);
    this.errors = errors;
    this.data = data;
    this.name = "GraphqlErrors";
  }
  errors;
  data;
};
var BULK_RETRY = { retries: 3, baseDelayMs: 1e3, maxRateLimitWaitMs: 6e4 };
function baseDelayOf(github) {
  return retryPolicyOf(github)?.baseDelayMs ?? BULK_RETRY.baseDelayMs;
}
var TRANSIENT_GRAPHQL2 = /Something went wrong while executing your query/;
function retryDelay(errors, headers, attempt, baseDelayMs) {
  if (attempt >= BULK_RETRY.retries) return null;
  if (errors.some((e) => e.type === "RATE_LIMITED")) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const wait = Number.isFinite(reset) ? Math.max(0, reset * 1e3 - Date.now()) : baseDelayMs;
    return wait <= BULK_RETRY.maxRateLimitWaitMs ? wait : null;
  }
  if (errors.some((e) => TRANSIENT_GRAPHQL2.test(e.message))) return baseDelayMs * (attempt + 1) ** 2;
  return null;
}
async function graphqlQuery(github, query, variables) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await github.request("POST /graphql", {
      query,
      variables,
      request: { parseSuccessResponseBody: false }
    });
    const json = JSON.parse(bodyText(response.data));
    if (!json.errors || json.errors.length === 0) return json.data;
    const delay = retryDelay(
      json.errors,
      response.headers,
      attempt,
      baseDelayOf(github)
    );
    if (delay === null) throw new GraphqlErrors(json.errors, json.data);
    await (0, import_promises2.setTimeout)(delay, void 0, { signal: retryPolicyOf(github)?.signal });
  }
}
async function* graphqlPages(github, query, variables, connection) {
  let cursor = null;
  for (; ; ) {
    const page = await graphqlQuery(github, query, { ...variables, cursor });
    yield page;
    const { hasNextPage, endCursor } = connection(page).pageInfo;
    if (!hasNextPage || !endCursor || endCursor === cursor) return;
    cursor = endCursor;
  }
}

// src/collect/history-windows.ts
var WINDOWS_PER_QUERY = 40;
var PARALLEL_QUERIES = BULK_IN_FLIGHT;
var PLANNED_PER_WINDOW = 80;
var PAGE = 100;
var MAX_ROUNDS = 30;
var SECOND = 1e3;
function windowsPayOff(total) {
  const rest = Math.max(0, total - PAGE);
  return Math.ceil(total / PAGE) > 2 + queriesFor(Math.ceil(rest / PLANNED_PER_WINDOW));
}
function queriesFor(windows) {
  return Math.max(Math.ceil(windows / WINDOWS_PER_QUERY), Math.min(windows, PARALLEL_QUERIES));
}
function deal(items, count) {
  const n = Math.max(1, Math.min(count, items.length));
  return Array.from(
    { length: n },
    (_, i) => items.slice(Math.floor(i * items.length / n), Math.floor((i + 1) * items.length / n))
  );
}
var floorSecond = (time) => Math.floor(time / SECOND) * SECOND;
var timestamp = (time) => new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
function planWindows(since, until, count) {
  const start = floorSecond(since);
  const n = Math.max(1, Math.ceil(count / PLANNED_PER_WINDOW));
  const width = Math.max(SECOND, Math.ceil((Math.max(until, start) - start) / n / SECOND) * SECOND);
  return Array.from({ length: n }, (_, i) => ({
    since: start + i * width,
    until: i === n - 1 ? null : start + (i + 1) * width,
    after: null
  }));
}
function windowsQuery(windows) {
  const declared = [];
  const variables = {};
  const aliases = windows.map((w, i) => {
    const args = [`first: ${PAGE}`];
    const bind = (name, type, argument, value) => {
      declared.push(`$${name}${i}: ${type}`);
      variables[`${name}${i}`] = value;
      args.push(`${argument}: $${name}${i}`);
    };
    bind("since", "GitTimestamp!", "since", timestamp(w.since));
    if (w.until !== null) bind("until", "GitTimestamp!", "until", timestamp(w.until));
    if (w.after !== null) bind("after", "String!", "after", w.after);
    return `        w${i}: history(${args.join(", ")}) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { ...WindowCommit }
        }`;
  });
  const query = `query HistoryWindows($owner: String!, $name: String!, $head: GitObjectID!, ${declared.join(", ")}) {
  repository(owner: $owner, name: $name) {
    object(oid: $head) {
      ... on Commit {
${aliases.join("\n")}
      }
    }
  }
}

fragment WindowCommit on Commit {
  oid
  url
  message
  authoredDate
  committedDate
  author { user { login } }
}
`;
  return { query, variables };
}
function narrow(window, page) {
  const onward = [{ ...window, after: page.pageInfo.endCursor }];
  if (window.after !== null || page.nodes.length === 0) return onward;
  const oldest = floorSecond(Math.min(...page.nodes.map((c) => ms(c.committedDate))));
  if (oldest <= window.since) return onward;
  const before = oldest - SECOND;
  const left = Math.max(1, page.totalCount - page.nodes.length);
  const earlier = planWindows(window.since, before, left).map((w) => ({
    ...w,
    until: w.until === null ? before : Math.min(w.until, before)
  }));
  return [...earlier.filter((w) => w.since <= before), { since: oldest, until: oldest, after: null }];
}
async function readHistoryWindows(github, repo, head, windows) {
  const found = [];
  let pending = [...windows];
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) return null;
    const batches = deal(pending, queriesFor(pending.length));
    const answers = await mapBulk(github, batches, async (batch) => {
      const { query, variables } = windowsQuery(batch);
      const data = await graphqlQuery(github, query, { ...variables, owner: repo.owner, name: repo.name, head });
      const object = data.repository?.object;
      if (!object) throw new Error(`The commit ${head} of ${repo.owner}/${repo.name} was not found.`);
      return batch.map((window, i) => ({ window, page: object[`w${i}`] }));
    });
    pending = [];
    for (const { window, page } of answers.flat()) {
      found.push(...page.nodes);
      if (page.pageInfo.hasNextPage) pending.push(...narrow(window, page));
    }
  }
  return found;
}

// src/collect/changes.ts
var PER_PAGE = 100;
function isRevertTitle(text) {
  return /^Revert\b/i.test(text.trim());
}
function isRevertMessage(message) {
  return isRevertTitle(firstLine(message)) || /This reverts commit [0-9a-f]{7,40}/i.test(message);
}
function compact(c) {
  return {
    sha: c.sha,
    headline: firstLine(c.commit.message),
    author: c.author?.login ?? null,
    authoredAt: c.commit.author?.date ?? c.commit.committer?.date ?? "",
    url: c.html_url,
    isRevert: isRevertMessage(c.commit.message)
  };
}
function fromHistory(c) {
  return {
    sha: c.oid,
    headline: firstLine(c.message),
    // GraphQL links a commit to a user account only (a bot's commits have none); REST also names bots. The
    // collectors count people, not bots, so the two agree on what is used.
    author: c.author?.user?.login ?? null,
    authoredAt: c.authoredDate,
    url: c.url,
    isRevert: isRevertMessage(c.message)
  };
}
async function commitOf(github, repo, ref) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/commits/{ref}", {
    owner: repo.owner,
    repo: repo.name,
    ref,
    headers: { accept: "application/vnd.github.sha" }
  });
  const body = data;
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  const sha = text.trim();
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`GitHub did not answer ${ref} with a commit SHA.`);
  return sha;
}
async function laterCommitsByWindows(github, repo, head, first, headAt) {
  const sha = await commitOf(github, repo, head);
  const since = first.latestCommittedMs;
  const expected = first.total_commits - first.commits.length;
  const read = await readHistoryWindows(
    github,
    repo,
    sha,
    planWindows(since, Math.max(ms(headAt), since), expected)
  );
  if (!read) return null;
  const known = new Set(first.commits.map((c) => c.sha));
  const later = /* @__PURE__ */ new Map();
  read.forEach((commit, seq) => {
    if (!known.has(commit.oid) && !later.has(commit.oid)) later.set(commit.oid, { commit, seq });
  });
  if (later.size !== expected) return null;
  const ordered = [...later.values()].sort((a, b) => ms(a.commit.committedDate) - ms(b.commit.committedDate) || b.seq - a.seq).map((x) => fromHistory(x.commit));
  const tip = ordered.findIndex((c) => c.sha === sha);
  if (tip >= 0) ordered.push(...ordered.splice(tip, 1));
  return ordered;
}
async function compareAll(github, repo, base, head, headAt) {
  const fetchPage = async (page) => {
    const { data } = await getJson(github, "GET /repos/{owner}/{repo}/compare/{basehead}", {
      owner: repo.owner,
      repo: repo.name,
      basehead: `${base}...${head}`,
      per_page: PER_PAGE,
      page
    });
    return {
      total_commits: data.total_commits,
      commits: data.commits.map(compact),
      latestCommittedMs: Math.max(
        Number.NEGATIVE_INFINITY,
        ...data.commits.map((c) => ms(c.commit.committer?.date ?? c.commit.author?.date ?? ""))
      )
    };
  };
  const first = await fetchPage(1);
  const pages = Math.ceil(first.total_commits / PER_PAGE);
  if (windowsPayOff(first.total_commits) && Number.isFinite(first.latestCommittedMs)) {
    const later = await laterCommitsByWindows(github, repo, head, first, headAt).catch(() => null);
    if (later) return { total: first.total_commits, commits: [...first.commits, ...later] };
  }
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    fetchPage
  );
  const commits = [first, ...rest].flatMap((p) => p.commits);
  return { total: first.total_commits, commits };
}
async function historyUpTo(github, repo, head) {
  const fetchPage = (page) => getJson(github, "GET /repos/{owner}/{repo}/commits", {
    owner: repo.owner,
    repo: repo.name,
    sha: head,
    per_page: PER_PAGE,
    page
  });
  const first = await fetchPage(1);
  const last = /[?&]page=(\d+)[^>]*>;\s*rel="last"/.exec(String(first.headers.link ?? ""));
  const pages = last ? Number(last[1]) : 1;
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    async (page) => (await fetchPage(page)).data
  );
  const commits = [first.data, ...rest].flat().map(compact).reverse();
  return { total: commits.length, commits };
}
async function collectCommits(github, repo, train) {
  const releases = trainReleases(train);
  const segments = await Promise.all(
    releases.map((release, i) => {
      const base = i === 0 ? train.previous?.tag ?? null : releases[i - 1]?.tag;
      return base === null ? historyUpTo(github, repo, release.tag) : compareAll(github, repo, base, release.tag, release.createdAt);
    })
  );
  const seen = /* @__PURE__ */ new Set();
  const commits = [];
  const tagCommits = {};
  let totalCommits = 0;
  segments.forEach((segment, i) => {
    const tag = releases[i]?.tag;
    totalCommits += segment.total;
    const head = segment.commits.at(-1);
    if (head) tagCommits[tag] = head.sha;
    for (const c of segment.commits) {
      if (seen.has(c.sha)) continue;
      seen.add(c.sha);
      commits.push({ ...c, releaseTag: tag });
    }
  });
  return { commits, totalCommits, tagCommits };
}
function pullRequestFact(pr, releaseTag) {
  const author = actorLogin(pr.author);
  const reviewers = people(
    (pr.reviews?.nodes ?? []).map((r) => actorLogin(r.author)).filter((login) => login !== author)
  );
  return {
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author,
    labels: (pr.labels?.nodes ?? []).map((l) => l.name),
    createdAt: pr.createdAt,
    firstCommitAt: pr.commits.nodes[0]?.commit.authoredDate ?? null,
    mergedAt: pr.mergedAt,
    mergeCommitSha: pr.mergeCommit?.oid ?? null,
    additions: pr.additions,
    deletions: pr.deletions,
    changedFiles: pr.changedFiles,
    reviewCount: pr.reviews?.totalCount ?? 0,
    reviewers,
    isRevert: isRevertTitle(pr.title),
    releaseTag,
    ...pr.files ? {
      paths: pr.files.nodes.map((f) => f.path),
      pathsTruncated: pr.files.totalCount > pr.files.nodes.length
    } : {}
  };
}
async function collectPullRequests(github, repo, shaToTag, since, options = {}) {
  const merged = [];
  const sinceMs = since ? ms(since) : Number.NEGATIVE_INFINITY;
  const pages = graphqlPages(
    github,
    options.withFiles ? ReleasePullRequestsWithFiles_default : ReleasePullRequests_default,
    { owner: repo.owner, name: repo.name },
    (p) => p.repository.pullRequests
  );
  for await (const page of pages) {
    const nodes = page.repository.pullRequests.nodes;
    merged.push(...nodes.filter((pr) => pr.mergedAt && pr.mergeCommit));
    const oldest = nodes.at(-1);
    if (!oldest || ms(oldest.updatedAt) < sinceMs) break;
  }
  const tags = await shaToTag;
  const found = [];
  for (const pr of merged) {
    const tag = tags.get(pr.mergeCommit?.oid ?? "");
    if (tag) found.push(pullRequestFact(pr, tag));
  }
  return found.sort((a, b) => ms(a.mergedAt) - ms(b.mergedAt) || a.number - b.number);
}
function changesFrom(commitSet, pullRequests) {
  const reverts = [
    ...pullRequests.filter((pr) => pr.isRevert).map((pr) => ({ kind: "pull-request", ref: `#${pr.number}`, title: pr.title, url: pr.url })),
    ...commitSet.commits.filter((c) => c.isRevert && !pullRequests.some((pr) => pr.isRevert && pr.mergeCommitSha === c.sha)).map((c) => ({ kind: "commit", ref: c.sha.slice(0, 7), title: c.headline, url: c.url }))
  ];
  return {
    pullRequests,
    commits: commitSet.commits,
    totalCommits: commitSet.totalCommits,
    contributors: people([...commitSet.commits.map((c) => c.author), ...pullRequests.map((pr) => pr.author)]),
    reverts,
    tagCommits: commitSet.tagCommits
  };
}

// src/github/graphql/ReleaseDeployments.graphql
var ReleaseDeployments_default = "# Deployments of a repository, newest first, with their status timeline nested (one request per 100\n# deployments instead of one per deployment). The collector stops paging once createdAt is older than the\n# previous release's tag commit. statuses.totalCount shows when a timeline was cut at 30. A monorepo's release\n# line passes its environments (null: every environment), so other lines' deployments are neither read nor paged.\nquery ReleaseDeployments($owner: String!, $name: String!, $environments: [String!], $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    deployments(\n      environments: $environments\n      orderBy: { field: CREATED_AT, direction: DESC }\n      first: 100\n      after: $cursor\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        databaseId\n        environment\n        commitOid\n        createdAt\n        description\n        ref {\n          name\n        }\n        creator {\n          __typename\n          login\n        }\n        statuses(first: 30) {\n          totalCount\n          nodes {\n            state\n            createdAt\n            description\n            logUrl\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/collect/deployments.ts
var NO_DEPLOYMENTS_HINT = "Record deployments (a workflow job with `environment: production` creates them, as do most deploy tools) so deployment frequency, lead time and recovery time can be measured from production, not from releases.";
function isProductionEnvironment(environment, production) {
  const name = environment.toLowerCase();
  return production.some((p) => p.toLowerCase() === name);
}
var DeploymentListing = class {
  constructor(github, repo, environments) {
    this.github = github;
    this.repo = repo;
    this.environments = environments;
  }
  github;
  repo;
  environments;
  nodes = [];
  cursor = null;
  done = false;
  tail = Promise.resolve();
  /** Every deployment read once the listing reaches one created before `sinceMs` (or its end). */
  reach(sinceMs) {
    const next = this.tail.then(async () => {
      while (!this.done && !(ms(this.nodes.at(-1)?.createdAt ?? "9999") < sinceMs)) await this.readPage();
      return this.nodes;
    });
    this.tail = next.catch(() => void 0);
    return next;
  }
  async readPage() {
    const page = await graphqlQuery(this.github, ReleaseDeployments_default, {
      owner: this.repo.owner,
      name: this.repo.name,
      environments: this.environments,
      cursor: this.cursor
    });
    const { nodes, pageInfo } = page.repository.deployments;
    this.nodes.push(...nodes);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || pageInfo.endCursor === this.cursor) this.done = true;
    this.cursor = pageInfo.endCursor;
  }
};
function deploymentListing(github, repo, environments) {
  const scoped = environments?.length ? [...environments] : null;
  const key = `deployments ${repo.owner}/${repo.name} ${scoped ? scoped.join(",") : "*"}`;
  return shared(github, key, () => new DeploymentListing(github, repo, scoped));
}
async function collectDeployments(github, repo, scope) {
  const sinceMs = scope.since ? ms(scope.since) : Number.NEGATIVE_INFINITY;
  const listed = await deploymentListing(github, repo, scope.environments).reach(sinceMs);
  const anyDeployment = listed.length > 0;
  const raw = listed.filter((d) => ms(d.createdAt) >= sinceMs && ms(d.createdAt) <= ms(scope.until));
  if (!anyDeployment) {
    return {
      status: "unavailable",
      reason: `${repo.owner}/${repo.name} has no deployments.`,
      hint: NO_DEPLOYMENTS_HINT
    };
  }
  const statuses = await Promise.all(
    raw.map(async (d) => {
      const nested = d.statuses?.nodes ?? [];
      if (!d.databaseId || (d.statuses?.totalCount ?? 0) <= nested.length) return nested;
      const all = await github.paginate("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        owner: repo.owner,
        repo: repo.name,
        deployment_id: d.databaseId,
        per_page: 100
      });
      return all.map((s) => ({
        state: s.state,
        createdAt: s.created_at,
        description: s.description,
        logUrl: s.log_url ?? null
      }));
    })
  );
  const commits = await scope.commits;
  const repoUrl = await scope.repoUrl;
  const facts = raw.map((d, i) => toFact(d, statuses[i] ?? [], { ...scope, repoUrl }, commits));
  return { status: "ok", data: markRollbacks(facts, commits.commitOrder) };
}
function toFact(d, statuses, scope, commits) {
  const environment = d.environment ?? "unknown";
  const ref = d.ref?.name ?? "";
  const ordered = [...statuses].sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
  const logUrl = ordered.findLast((s) => s.logUrl)?.logUrl;
  const releaseTag = commits.shaToTag.get(d.commitOid) ?? (scope.tags.includes(ref) ? ref : null);
  return {
    id: d.databaseId ?? 0,
    environment,
    sha: d.commitOid,
    ref,
    createdAt: d.createdAt,
    creator: actorLogin(d.creator),
    url: logUrl ?? `${scope.repoUrl}/deployments/${encodeURIComponent(environment)}`,
    statuses: ordered.map((s) => ({
      state: s.state.toLowerCase(),
      createdAt: s.createdAt
    })),
    isRollback: false,
    isRedeploy: false,
    isProduction: isProductionEnvironment(environment, scope.productionEnvironments),
    releaseTag
  };
}
function markRollbacks(facts, commitOrder) {
  const sorted = [...facts].sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id);
  const byEnv = /* @__PURE__ */ new Map();
  for (const d of sorted) {
    const key = d.environment.toLowerCase();
    const env = byEnv.get(key) ?? { seen: /* @__PURE__ */ new Set(), last: null };
    byEnv.set(key, env);
    const before = env.last;
    const olderInTrain = before !== null && commitOrder.has(d.sha) && commitOrder.has(before) && commitOrder.get(d.sha) < commitOrder.get(before);
    d.isRollback = before !== null && before !== d.sha && (env.seen.has(d.sha) || olderInTrain);
    d.isRedeploy = !d.isRollback && env.seen.has(d.sha);
    env.seen.add(d.sha);
    env.last = d.sha;
  }
  return sorted;
}

// src/github/graphql/ReleaseIssues.graphql
var ReleaseIssues_default = "# Issues carrying any of the given labels (GraphQL's `labels` filter is an OR, REST's an AND), newest first.\n# `since` filters on updated time: an issue created in the observation window was updated in it or later. The\n# collector pages until createdAt is older than the window. The repository's labels come along on every page\n# so a configured label that does not exist is reported without a request of its own.\nquery ReleaseIssues($owner: String!, $name: String!, $labels: [String!], $since: DateTime, $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    labels(first: 100) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n    issues(\n      labels: $labels\n      filterBy: { since: $since }\n      orderBy: { field: CREATED_AT, direction: DESC }\n      first: 100\n      after: $cursor\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        number\n        title\n        body\n        url\n        state\n        createdAt\n        closedAt\n        author {\n          __typename\n          login\n        }\n        assignees(first: 10) {\n          nodes {\n            login\n          }\n        }\n        labels(first: 20) {\n          nodes {\n            name\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/collect/issues.ts
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var targetIndexes = /* @__PURE__ */ new WeakMap();
function push(map, key, at) {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}
function indexOf(targets) {
  const known = targetIndexes.get(targets);
  if (known) return known;
  const index = { pullRequests: /* @__PURE__ */ new Map(), commits: /* @__PURE__ */ new Map() };
  targets.pullRequests.forEach((pr, at) => {
    push(index.pullRequests, pr.number, at);
  });
  targets.commits.forEach((c, at) => {
    push(index.commits, c.sha.slice(0, 7), at);
  });
  targetIndexes.set(targets, index);
  return index;
}
var inOrder = (positions) => [...new Set(positions)].sort((a, b) => a - b);
function linkEvidence(text, targets) {
  const evidence = [];
  for (const release of targets.releases) {
    if (new RegExp(`(^|[^\\w.-])${escapeRegExp(release.tag)}(?![\\w-]|\\.\\d)`).test(text)) {
      evidence.push({ label: `mentions ${release.tag}`, url: release.url });
    }
  }
  const index = indexOf(targets);
  const numbers = new Set([...text.matchAll(/(?:#|\/pull\/)(\d+)\b/g)].map((m) => Number(m[1])));
  for (const at of inOrder([...numbers].flatMap((n) => index.pullRequests.get(n) ?? []))) {
    const pr = targets.pullRequests[at];
    evidence.push({ label: `mentions #${pr.number}`, url: pr.url });
  }
  const hexes = [...text.matchAll(/\b[0-9a-f]{7,40}\b/gi)].map((m) => m[0].toLowerCase());
  const named = hexes.flatMap(
    (h) => (index.commits.get(h.slice(0, 7)) ?? []).filter((at) => targets.commits[at]?.sha.startsWith(h))
  );
  for (const at of inOrder(named)) {
    const commit = targets.commits[at];
    evidence.push({ label: `mentions commit ${commit.sha.slice(0, 7)}`, url: commit.url });
  }
  return evidence;
}
function issueFact(i, severityPrefix, targets) {
  const labels = (i.labels?.nodes ?? []).map((l) => l.name);
  return {
    number: i.number,
    title: i.title,
    url: i.url,
    labels,
    state: i.state.toUpperCase() === "CLOSED" ? "closed" : "open",
    createdAt: i.createdAt,
    closedAt: i.closedAt,
    author: actorLogin(i.author),
    assignees: (i.assignees?.nodes ?? []).map((a) => a.login),
    severity: severityPrefix ? labels.find((l) => l.startsWith(severityPrefix)) ?? null : null,
    linkedBy: linkEvidence(`${i.title}
${i.body ?? ""}`, targets)
  };
}
var KIND_KEY = {
  incident: "incident",
  bug: "bug",
  feedback: "feedback"
};
async function collectIssues(github, repo, scope) {
  const kinds = ["incident", "bug", "feedback"];
  const configured = new Map(kinds.map((kind) => [kind, scope.labels[KIND_KEY[kind]]]));
  const all = [...new Set([...configured.values()].flat())];
  const raw = [];
  let existing = null;
  if (all.length > 0) {
    const from = ms(scope.window.from);
    const to = ms(scope.window.to);
    const pages = graphqlPages(
      github,
      ReleaseIssues_default,
      {
        owner: repo.owner,
        name: repo.name,
        labels: all,
        since: scope.window.from
      },
      (p) => p.repository.issues
    );
    for await (const page of pages) {
      const labels = page.repository.labels;
      if (existing === null && labels && labels.totalCount <= labels.nodes.length) {
        existing = new Set(labels.nodes.map((l) => l.name.toLowerCase()));
      }
      const nodes = page.repository.issues.nodes;
      raw.push(...nodes.filter((i) => ms(i.createdAt) >= from && ms(i.createdAt) <= to));
      const oldest = nodes.at(-1);
      if (!oldest || ms(oldest.createdAt) < from) break;
    }
  }
  const targets = await scope.targets;
  const result = {};
  for (const kind of kinds) {
    const names = configured.get(kind) ?? [];
    const present = existing === null ? names : names.filter((l) => existing?.has(l.toLowerCase()));
    if (names.length === 0) {
      result[kind] = {
        status: "unavailable",
        reason: `No ${kind} labels are configured.`,
        hint: `Set labels.${kind} in .github/release-retro.yml to the labels your ${kind} issues carry.`
      };
      continue;
    }
    if (present.length === 0) {
      const quoted = names.map((l) => `"${l}"`).join(", ");
      result[kind] = {
        status: "unavailable",
        reason: `The ${kind} label${names.length > 1 ? "s" : ""} ${quoted} ${names.length > 1 ? "do" : "does"} not exist in ${repo.owner}/${repo.name}.`,
        hint: `Create the label and put it on ${kind} issues, or set labels.${kind} in .github/release-retro.yml to the labels you use.`
      };
      continue;
    }
    const wanted = new Set(present.map((l) => l.toLowerCase()));
    const facts = raw.filter((i) => (i.labels?.nodes ?? []).some((l) => wanted.has(l.name.toLowerCase()))).map((i) => issueFact(i, scope.labels.severityPrefix, targets)).sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.number - b.number);
    result[kind] = { status: "ok", data: facts };
  }
  return result;
}

// src/github/graphql/PullRequestFiles.graphql
var PullRequestFiles_default = "# The paths one pull request touched, 100 a page: only for a pull request of more than 100 files whose first\n# page (nested in ReleasePullRequests) touched none of a release line's paths.\nquery PullRequestFiles($owner: String!, $name: String!, $number: Int!, $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    pullRequest(number: $number) {\n      files(first: 100, after: $cursor) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          path\n        }\n      }\n    }\n  }\n}\n";

// src/collect/line-scope.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function lineScopeOf(config) {
  const { line } = config;
  return {
    name: line.name,
    matchesPath: line.paths.length > 0 ? (0, import_picomatch.default)(line.paths, { dot: true }) : null,
    pullRequestLabels: new Set(line.pullRequestLabels),
    environments: line.environments,
    workflows: line.workflows
  };
}
function scopesChanges(scope) {
  return scope.matchesPath !== null || scope.pullRequestLabels.size > 0;
}
function touchesLine(paths, scope) {
  const matches = scope.matchesPath;
  return matches === null ? scope.pullRequestLabels.size === 0 : paths.some((path) => matches(path));
}
function labelledForLine(labels, scope) {
  return labels.some((label) => scope.pullRequestLabels.has(label));
}
function workflowInLine(run, scope) {
  if (scope.workflows.length === 0) return true;
  const file = run.path ? run.path.replace(/@.*$/, "") : "";
  const base = file.split("/").at(-1) ?? "";
  return scope.workflows.some((w) => w === run.name || w === base || w === file);
}

// src/collect/line-changes.ts
async function laterPagesTouch(github, repo, pr, scope) {
  const pages = graphqlPages(
    github,
    PullRequestFiles_default,
    { owner: repo.owner, name: repo.name, number: pr.number },
    (p) => p.repository.pullRequest?.files ?? { pageInfo: { hasNextPage: false, endCursor: null } }
  );
  let first = true;
  for await (const page of pages) {
    if (!first && touchesLine(
      (page.repository.pullRequest?.files.nodes ?? []).map((f) => f.path),
      scope
    ))
      return true;
    first = false;
  }
  return false;
}
async function pullRequestInLine(github, repo, pr, scope) {
  if (labelledForLine(pr.labels, scope)) return true;
  if (scope.matchesPath === null) return false;
  const paths = pr.paths ?? [];
  if (touchesLine(paths, scope)) return true;
  return pr.pathsTruncated ? laterPagesTouch(github, repo, pr, scope) : false;
}
async function commitPaths(github, repo, sha) {
  const { data } = await getJson(
    github,
    "GET /repos/{owner}/{repo}/commits/{ref}",
    { owner: repo.owner, repo: repo.name, ref: sha }
  );
  return (data.files ?? []).map((f) => f.filename);
}
async function scopeChangesToLine(github, repo, scope, commitSet, pullRequests) {
  const belongs = await mapBulk(github, pullRequests, (pr) => pullRequestInLine(github, repo, pr, scope));
  const kept = pullRequests.filter((_, i) => belongs[i]);
  const mergedByPull = new Set(pullRequests.map((pr) => pr.mergeCommitSha));
  const mergedByKept = new Set(kept.map((pr) => pr.mergeCommitSha));
  const direct = commitSet.commits.filter((c) => !mergedByPull.has(c.sha));
  const directInLine = /* @__PURE__ */ new Set();
  if (scope.matchesPath !== null) {
    const touches = await mapBulk(
      github,
      direct,
      async (c) => touchesLine(await commitPaths(github, repo, c.sha), scope)
    );
    direct.forEach((c, i) => {
      if (touches[i]) directInLine.add(c.sha);
    });
  }
  const commits = commitSet.commits.filter((c) => mergedByKept.has(c.sha) || directInLine.has(c.sha));
  return {
    commitSet: { commits, totalCommits: commits.length, tagCommits: commitSet.tagCommits },
    pullRequests: kept
  };
}

// src/collect/maturity.ts
var FAILED = /* @__PURE__ */ new Set(["failure", "error"]);
function hours(msValue) {
  const h = msValue / HOUR_MS;
  return h >= 10 ? `${Math.round(h)} h` : `${Math.round(h * 10) / 10} h`;
}
function evaluateMaturity(train, facts, config, now) {
  const windowMs = config.maturity.hours * HOUR_MS;
  const nowMs = now.getTime();
  const gates = [];
  const last = train.last;
  const agePassesAt = ms(last.publishedAt) + windowMs;
  gates.push({
    name: "age",
    passed: nowMs >= agePassesAt,
    reason: nowMs >= agePassesAt ? `${last.tag} was published ${hours(nowMs - ms(last.publishedAt))} ago (at least ${config.maturity.hours} h).` : `${last.tag} was published ${hours(nowMs - ms(last.publishedAt))} ago; the retrospective waits ${config.maturity.hours} h after the train's last release.`,
    passesAt: iso(agePassesAt),
    evidence: [{ label: last.tag, url: last.url }]
  });
  if (config.maturity.gates.productionDeployments) {
    if (facts.deployments.status !== "ok") {
      gates.push({
        name: "production-deployments",
        passed: true,
        reason: `Not checked: deployments are unavailable (${facts.deployments.reason})`,
        passesAt: null,
        evidence: []
      });
    } else {
      const from = ms(train.release.publishedAt);
      const failures = facts.deployments.data.filter((d) => d.isProduction).flatMap(
        (d) => d.statuses.filter((s) => FAILED.has(s.state) && ms(s.createdAt) >= from).map((s) => ({ d, at: ms(s.createdAt) }))
      ).sort((a, b) => a.at - b.at);
      const latest = failures.at(-1);
      const passesAt = latest ? latest.at + windowMs : from;
      const passed = nowMs >= passesAt;
      gates.push({
        name: "production-deployments",
        passed,
        reason: latest ? passed ? `The last failed production deployment (${latest.d.environment}, ${iso(latest.at)}) was more than ${config.maturity.hours} h ago.` : `A production deployment to ${latest.d.environment} failed at ${iso(latest.at)}; production must be stable for ${config.maturity.hours} h.` : "No failed production deployment since the release was published.",
        passesAt: latest ? iso(passesAt) : null,
        evidence: failures.map((f) => ({
          label: `deployment ${f.d.id} to ${f.d.environment} failed`,
          url: f.d.url
        }))
      });
    }
  }
  if (config.maturity.gates.openIncidents) {
    if (facts.incidents.status !== "ok") {
      gates.push({
        name: "open-incidents",
        passed: true,
        reason: `Not checked: incidents are unavailable (${facts.incidents.reason})`,
        passesAt: null,
        evidence: []
      });
    } else {
      const open = facts.incidents.data.filter(
        (i) => i.state === "open" && ms(i.createdAt) >= ms(train.release.publishedAt)
      );
      gates.push({
        name: "open-incidents",
        passed: open.length === 0,
        reason: open.length === 0 ? "No incident opened since the release is still open." : `${open.length} incident${open.length > 1 ? "s are" : " is"} still open: ${open.map((i) => `#${i.number}`).join(", ")}.`,
        passesAt: null,
        evidence: open.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url }))
      });
    }
  }
  return { matured: gates.every((g) => g.passed), gates };
}

// src/collect/workflows.ts
var PER_PAGE2 = 100;
var FILTERED_RESULTS_CAP = 1e3;
function runFact(r) {
  const started = r.run_started_at ?? r.created_at;
  return {
    id: r.id,
    name: r.name ?? "",
    event: r.event,
    branch: r.head_branch,
    headSha: r.head_sha,
    status: r.status ?? "unknown",
    conclusion: r.conclusion,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    runAttempt: r.run_attempt ?? 1,
    durationMs: r.status === "completed" ? Math.max(0, ms(r.updated_at) - ms(started)) : null,
    url: r.html_url
  };
}
async function listRuns(github, repo, filters, warn, inLine) {
  const fetchPage = async (page) => (await getJson(
    github,
    "GET /repos/{owner}/{repo}/actions/runs",
    {
      owner: repo.owner,
      repo: repo.name,
      ...filters,
      per_page: PER_PAGE2,
      page
    }
  )).data;
  const first = await fetchPage(1);
  const total = Math.min(first.total_count, FILTERED_RESULTS_CAP);
  if (first.total_count > FILTERED_RESULTS_CAP) {
    warn(
      `Only the first ${FILTERED_RESULTS_CAP} of ${first.total_count} workflow runs on ${filters.branch} are available.`
    );
  }
  const pages = Math.ceil(total / PER_PAGE2);
  const rest = await mapBulk(
    github,
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2),
    fetchPage
  );
  return [first, ...rest].flatMap((p) => p.workflow_runs).filter(inLine).map(runFact);
}
async function collectWorkflowRuns(github, repo, scope, warn) {
  const created = scope.from ? `${scope.from}..${scope.to}` : `<=${scope.to}`;
  const workflows = scope.workflows ?? [];
  const inLine = (run) => workflowInLine({ name: run.name ?? "", path: run.path ?? null }, { workflows });
  const [branchRuns, ...perTag] = await Promise.all([
    listRuns(github, repo, { branch: scope.defaultBranch, created }, warn, inLine),
    ...scope.tags.map((tag) => listRuns(github, repo, { branch: tag }, warn, inLine))
  ]);
  const tagRuns = perTag.flat();
  if (tagRuns.length === 0 && (branchRuns ?? []).length === 0) {
    return {
      status: "unavailable",
      reason: `No GitHub Actions workflow runs${workflows.length > 0 ? ` of ${workflows.join(", ")}` : ""} for ${scope.tags.join(", ")} or on ${scope.defaultBranch} in the release's window.`,
      hint: "Run CI with GitHub Actions on pushes to the default branch and on release tags to measure CI health."
    };
  }
  return {
    status: "ok",
    data: { tagRuns, branchRuns: branchRuns ?? [], window: { from: scope.from, to: scope.to } }
  };
}

// src/collect/collect.ts
function repositoryInfo(github, repo) {
  return shared(github, `repository ${repo.owner}/${repo.name}`, async () => {
    const { data } = await github.request("GET /repos/{owner}/{repo}", {
      owner: repo.owner,
      repo: repo.name
    });
    return { owner: repo.owner, name: repo.name, url: data.html_url, defaultBranch: data.default_branch };
  });
}
var HOUR_MS2 = 36e5;
var DAY_MS = 24 * HOUR_MS2;
function plannedEnd(train, maturityHours) {
  const matured = Date.parse(train.last.publishedAt) + maturityHours * HOUR_MS2;
  return train.next ? Math.min(matured, Date.parse(train.next.publishedAt)) : matured;
}
function observationWindow(train, now, maturityHours) {
  const to = Math.max(
    Date.parse(train.release.publishedAt),
    Math.min(plannedEnd(train, maturityHours), now.getTime())
  );
  return { from: train.release.publishedAt, to: iso(new Date(to)) };
}
function bandPeriodWindow(train, maturityHours, days) {
  const end = Math.max(Date.parse(train.release.publishedAt), plannedEnd(train, maturityHours));
  return { from: iso(new Date(end - days * DAY_MS)), to: iso(new Date(end)) };
}
var CONTENTS = { name: "commits and pull requests", permission: "contents: read, pull-requests: read" };
var DEPLOYMENTS = { name: "deployments", permission: "deployments: read" };
var ACTIONS = {
  name: "workflow runs",
  permission: "actions: read",
  hint: "or enable GitHub Actions for the repository"
};
var ISSUES = { name: "issues", permission: "issues: read" };
function trainCommitsOf(changes) {
  if (changes.status !== "ok") return { shaToTag: /* @__PURE__ */ new Map(), commitOrder: /* @__PURE__ */ new Map() };
  return {
    shaToTag: new Map(changes.data.commits.map((c) => [c.sha, c.releaseTag])),
    commitOrder: new Map(changes.data.commits.map((c, i) => [c.sha, i]))
  };
}
async function collectReleaseData(ctx, train) {
  const { github, repo, config, now, log } = ctx;
  const window = observationWindow(train, now, config.maturity.hours);
  const bandPeriod = bandPeriodWindow(train, config.maturity.hours, config.metrics.bandPeriodDays);
  const tags = trainTags(train);
  const since = train.previous?.createdAt ?? null;
  const deploymentsSince = since === null || since < bandPeriod.from ? since : bandPeriod.from;
  const scope = lineScopeOf(config);
  const scoped = scopesChanges(scope);
  const repository = repositoryInfo(github, repo);
  const commitSet = section(CONTENTS, async () => ({
    status: "ok",
    data: await collectCommits(github, repo, train)
  }));
  const trainCommits = commitSet.then(trainCommitsOf);
  const changes = section(CONTENTS, async () => {
    const [commits, pulls] = await Promise.all([
      commitSet,
      collectPullRequests(
        github,
        repo,
        trainCommits.then((t) => t.shaToTag),
        since,
        { withFiles: scope.matchesPath !== null }
      )
    ]);
    if (commits.status !== "ok") return commits;
    if (!scoped) return { status: "ok", data: changesFrom(commits.data, pulls) };
    const line = await scopeChangesToLine(github, repo, scope, commits.data, pulls);
    return { status: "ok", data: changesFrom(line.commitSet, line.pullRequests) };
  });
  const targets = changes.then((c) => ({
    releases: trainReleases(train),
    pullRequests: c.status === "ok" ? c.data.pullRequests : [],
    commits: c.status === "ok" ? c.data.commits : []
  }));
  const deployments = section(
    DEPLOYMENTS,
    () => collectDeployments(github, repo, {
      commits: trainCommits,
      tags,
      since: deploymentsSince,
      until: window.to,
      productionEnvironments: config.productionEnvironments,
      environments: config.line.environments,
      repoUrl: repository.then((info2) => info2.url)
    })
  );
  const workflowRuns = repository.then(
    (info2) => section(
      ACTIONS,
      () => collectWorkflowRuns(
        github,
        repo,
        {
          tags,
          defaultBranch: info2.defaultBranch,
          from: since,
          to: train.last.publishedAt,
          workflows: config.line.workflows
        },
        log.warning
      )
    )
  );
  const issues = section(ISSUES, async () => ({
    status: "ok",
    data: await collectIssues(github, repo, { window, labels: config.labels, targets })
  }));
  for (const p of [repository, commitSet, trainCommits, targets]) p.catch(() => void 0);
  const [info, changesSection, deploymentsSection, runsSection, issueSections] = await Promise.all([
    repository,
    changes,
    deployments,
    workflowRuns,
    issues
  ]);
  const kind = (k) => issueSections.status === "ok" ? issueSections.data[k] : unavailable(ISSUES, issueSections.reason, issueSections.hint);
  const incidents = kind("incident");
  const bugs = kind("bug");
  const feedbackIssues = kind("feedback");
  const releaseReactions = {};
  for (const release of trainReleases(train)) {
    for (const [content, count] of Object.entries(release.reactions ?? {})) {
      releaseReactions[content] = (releaseReactions[content] ?? 0) + count;
    }
  }
  const feedback = {
    status: "ok",
    data: {
      issues: feedbackIssues.status === "ok" ? feedbackIssues.data : [],
      releaseReactions,
      ...feedbackIssues.status === "ok" ? {} : {
        issuesUnavailable: {
          reason: feedbackIssues.reason,
          ...feedbackIssues.hint ? { hint: feedbackIssues.hint } : {}
        }
      }
    }
  };
  const inWindow = (at) => at >= window.from && at <= window.to;
  const participants = people([
    ...changesSection.status === "ok" ? changesSection.data.pullRequests.flatMap((pr) => [pr.author, ...pr.reviewers]) : [],
    ...deploymentsSection.status === "ok" ? deploymentsSection.data.filter((d) => d.releaseTag || inWindow(d.createdAt)).map((d) => d.creator) : [],
    ...incidents.status === "ok" ? incidents.data.flatMap((i) => i.assignees) : []
  ]);
  const maturity = evaluateMaturity(train, { deployments: deploymentsSection, incidents }, config, now);
  if (!maturity.matured)
    log.debug(
      `${train.release.tag} has not matured: ${maturity.gates.filter((g) => !g.passed).map((g) => g.reason).join(" ")}`
    );
  return {
    repository: { owner: info.owner, name: info.name, url: info.url, defaultBranch: info.defaultBranch },
    train,
    window,
    bandPeriod,
    maturity,
    changes: changesSection,
    deployments: deploymentsSection,
    workflowRuns: runsSection,
    incidents,
    bugs,
    feedback,
    participants,
    collectedAt: iso(now)
  };
}

// src/github/workflow-permissions.ts
var DOCUMENTED_PERMISSIONS = {
  contents: "read",
  discussions: "write",
  issues: "write",
  "pull-requests": "read",
  deployments: "read",
  actions: "read"
};

// src/github/refusals.ts
var REST_SCOPES = [
  [/\/repos\/[^/]+\/[^/]+\/(?:actions|environments)(?:\/|$)/, "actions"],
  [/\/repos\/[^/]+\/[^/]+\/deployments(?:\/|$)/, "deployments"],
  // Before `commits`: external monitors' statuses and check runs have permissions of their own.
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/status(?:es)?(?:\/|$|\?)/, "statuses"],
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/check-runs(?:\/|$|\?)/, "checks"],
  [/\/repos\/[^/]+\/[^/]+\/(?:pulls|commits\/[^/]+\/pulls)(?:\/|$|\?)/, "pull-requests"],
  [/\/repos\/[^/]+\/[^/]+\/(?:issues|labels|milestones|assignees)(?:\/|$|\?)/, "issues"],
  [/\/repos\/[^/]+\/[^/]+\/(?:contents|compare|commits|git|releases)(?:\/|$|\?)/, "contents"]
];
function restRefusal(method, url) {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const found = REST_SCOPES.find(([pattern]) => pattern.test(path));
  if (!found) return null;
  return { scope: found[1], access: method.toUpperCase() === "GET" ? "read" : "write" };
}
var GRAPHQL_SCOPES = [
  [/discussion|^(?:comments?|replies|replyTo|thread|sources)$/i, "discussions"],
  [/^pullRequests?$/, "pull-requests"],
  [/^issues?$/, "issues"],
  [/^deployments?$/, "deployments"],
  [/^(?:refs?|releases?|object)$/, "contents"]
];
function graphqlRefusal(path, isMutation) {
  const access = isMutation ? "write" : "read";
  for (const segment of [...path].reverse()) {
    if (typeof segment !== "string") continue;
    const found = GRAPHQL_SCOPES.find(([pattern]) => pattern.test(segment));
    if (found) return { scope: found[1], access };
  }
  return path[0] === "node" || path[0] === "nodes" ? { scope: "discussions", access } : null;
}
function refusalHint(refusal) {
  const documented = DOCUMENTED_PERMISSIONS[refusal.scope] ?? refusal.access;
  const line = `${refusal.scope}: ${refusal.access === "write" ? "write" : documented}`;
  return `GITHUB_TOKEN has only the permissions the workflow lists, and this needs "${refusal.scope}: ${refusal.access}". Add \`${line}\` under \`permissions:\` in the workflow (see docs/permissions.md).`;
}
function permissionAdvice(permissions) {
  const lines = [...permissions.matchAll(/([a-z-]+):\s*(read|write)/g)].map(([, scope, access]) => {
    const documented = DOCUMENTED_PERMISSIONS[scope];
    const line = documented === "write" || access === "read" ? documented ?? access : access;
    return `\`${scope}: ${line}\``;
  });
  if (lines.length === 0) return "";
  return `It needs ${permissions}: add ${lines.join(" and ")} under \`permissions:\` in the workflow (see docs/permissions.md).`;
}

export {
  retryServerErrors,
  collectDeployments,
  linkEvidence,
  evaluateMaturity,
  repositoryInfo,
  observationWindow,
  collectReleaseData,
  restRefusal,
  graphqlRefusal,
  refusalHint,
  permissionAdvice
};
