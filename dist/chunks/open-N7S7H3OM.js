import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countChart,
  deploymentGantt,
  ganttLegend,
  trendChart
} from "./chunk-SR6SSZMQ.js";
import {
  explainIssues
} from "./chunk-JYEVMDVV.js";
import {
  permissionAdvice,
  repositoryInfo,
  require_promises,
  retryPolicyOf
} from "./chunk-OOT7UWAH.js";
import {
  COMMANDS,
  renderHelp
} from "./chunk-AY2AD656.js";
import {
  readUserTemplate,
  require_promises as require_promises2
} from "./chunk-OKKC7FS5.js";
import {
  notice
} from "./chunk-UA73MC25.js";
import "./chunk-WJ5OIIMH.js";
import "./chunk-CJKOEJJ5.js";
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  BUNDLED_TEMPLATES,
  previousItemsStatus,
  renderFitted,
  renderPreviousItems,
  renderTemplate
} from "./chunk-OHFG5JAD.js";
import {
  CANONICAL_UNITS,
  computeMetrics,
  leadTimeSamples,
  snapshotOf,
  snapshotValue
} from "./chunk-RFVHL4XS.js";
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  ensureMeetingThread,
  initialMeeting,
  meetingIncomplete,
  renderMeetingLine
} from "./chunk-BXOBOZ7W.js";
import {
  liveSection
} from "./chunk-77REARUG.js";
import {
  findByTag,
  loadRetroIndex
} from "./chunk-ZQJFIL33.js";
import {
  decodeState,
  encodeState,
  initialState,
  withState
} from "./chunk-X226BT7Z.js";
import {
  array,
  iso_exports,
  number,
  strictObject,
  string
} from "./chunk-GEUPCBRQ.js";
import {
  REACTION_EMOJI,
  between,
  formatTime,
  plural,
  renderActionItems,
  renderLearnings
} from "./chunk-XL6PSVN2.js";
import {
  formatDuration,
  formatValue
} from "./chunk-LWXJGNMQ.js";
import {
  GITHUB_BODY_LIMIT,
  escapeInline,
  isGitHubLogin,
  link,
  mention,
  quietMention,
  table
} from "./chunk-TJI3AFGO.js";
import {
  BULK_IN_FLIGHT,
  HOUR_MS,
  actorLogin,
  buildTrains,
  findTrain,
  firstLine,
  getJson,
  iso,
  listReleases,
  mapBulk,
  ms,
  people,
  section,
  trainReleases,
  trainTags,
  unavailable
} from "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import {
  bodyText
} from "./chunk-OU6TGR5C.js";
import {
  addDiscussionComment,
  createDiscussion,
  getDiscussion,
  isBy,
  listDiscussionComments,
  shared,
  updateDiscussionBody
} from "./chunk-ZCQLGQEF.js";
import {
  GitHubActionError
} from "./chunk-D36BQLDK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

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
    var parse2 = (input, options) => {
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
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
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
      const push = (tok) => {
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
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
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
          push({ type: "paren", extglob: true, value, output: "" });
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
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
            push({ type: "text", value });
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
            push({ type: "text", value });
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
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
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
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
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
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
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
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
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
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
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
          push({ type: "slash", value, output: SLASH_LITERAL });
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
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
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
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
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
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
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
          push({ type: "text", value });
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
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
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
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
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
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
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
        push(token);
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
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
    parse2.fastpaths = (input, options) => {
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
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
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
      return parse2(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
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
var import_promises = __toESM(require_promises(), 1);
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
var TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;
function retryDelay(errors, headers, attempt, baseDelayMs) {
  if (attempt >= BULK_RETRY.retries) return null;
  if (errors.some((e) => e.type === "RATE_LIMITED")) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const wait = Number.isFinite(reset) ? Math.max(0, reset * 1e3 - Date.now()) : baseDelayMs;
    return wait <= BULK_RETRY.maxRateLimitWaitMs ? wait : null;
  }
  if (errors.some((e) => TRANSIENT_GRAPHQL.test(e.message))) return baseDelayMs * (attempt + 1) ** 2;
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
    await (0, import_promises.setTimeout)(delay, void 0, { signal: retryPolicyOf(github)?.signal });
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
function isRevertTitle(text2) {
  return /^Revert\b/i.test(text2.trim());
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
  const text2 = typeof body === "string" ? body : new TextDecoder().decode(body);
  const sha = text2.trim();
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
var commitAuthors = /* @__PURE__ */ new WeakMap();
function commitAuthorsOf(commitSet) {
  let authors = commitAuthors.get(commitSet);
  if (!authors) {
    authors = people(commitSet.commits.map((c) => c.author));
    commitAuthors.set(commitSet, authors);
  }
  return authors;
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
    // The same as people() over every commit's and pull request's author: people() keeps the first spelling.
    contributors: people([...commitAuthorsOf(commitSet), ...pullRequests.map((pr) => pr.author)]),
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
var escapeRegExp = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var pullRequestsByNumber = /* @__PURE__ */ new WeakMap();
var commitsByPrefix = /* @__PURE__ */ new WeakMap();
function positionsBy(cache, list, key) {
  const known = cache.get(list);
  if (known) return known;
  const index = /* @__PURE__ */ new Map();
  list.forEach((item, at) => {
    const k = key(item);
    const found = index.get(k);
    if (found) found.push(at);
    else index.set(k, [at]);
  });
  cache.set(list, index);
  return index;
}
var inOrder = (positions) => [...new Set(positions)].sort((a, b) => a - b);
function mentionsIn(text2) {
  return {
    text: text2,
    numbers: [...new Set([...text2.matchAll(/(?:#|\/pull\/)(\d+)\b/g)].map((m) => Number(m[1])))],
    hexes: [...text2.matchAll(/\b[0-9a-f]{7,40}\b/gi)].map((m) => m[0].toLowerCase())
  };
}
var nodeMentions = /* @__PURE__ */ new WeakMap();
function issueMentions(issue) {
  let mentions = nodeMentions.get(issue);
  if (!mentions) {
    mentions = mentionsIn(`${issue.title}
${issue.body ?? ""}`);
    nodeMentions.set(issue, mentions);
  }
  return mentions;
}
function linkEvidence(text2, targets) {
  return evidenceFor(mentionsIn(text2), targets);
}
function evidenceFor(mentions, targets) {
  const evidence = [];
  for (const release of targets.releases) {
    if (new RegExp(`(^|[^\\w.-])${escapeRegExp(release.tag)}(?![\\w-]|\\.\\d)`).test(mentions.text)) {
      evidence.push({ label: `mentions ${release.tag}`, url: release.url });
    }
  }
  const byNumber = positionsBy(pullRequestsByNumber, targets.pullRequests, (pr) => pr.number);
  for (const at of inOrder(mentions.numbers.flatMap((n) => byNumber.get(n) ?? []))) {
    const pr = targets.pullRequests[at];
    evidence.push({ label: `mentions #${pr.number}`, url: pr.url });
  }
  const byPrefix = positionsBy(commitsByPrefix, targets.commits, (c) => c.sha.slice(0, 7));
  const named = mentions.hexes.flatMap(
    (h) => (byPrefix.get(h.slice(0, 7)) ?? []).filter((at) => targets.commits[at]?.sha.startsWith(h))
  );
  for (const at of inOrder(named)) {
    const commit = targets.commits[at];
    evidence.push({ label: `mentions commit ${commit.sha.slice(0, 7)}`, url: commit.url });
  }
  return evidence;
}
function issueFact(i, mentions, severityPrefix, targets) {
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
    linkedBy: evidenceFor(mentions, targets)
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
  for (const issue of raw) issueMentions(issue);
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
    const facts = raw.filter((i) => (i.labels?.nodes ?? []).some((l) => wanted.has(l.name.toLowerCase()))).map((i) => issueFact(i, issueMentions(i), scope.labels.severityPrefix, targets)).sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.number - b.number);
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
  commitSet.then((c) => {
    if (c.status === "ok") commitAuthorsOf(c.data);
  }).catch(() => void 0);
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

// src/collect/scheduled.ts
async function openIncidents(ctx) {
  const { github, repo, config } = ctx;
  if (config.labels.incident.length === 0) {
    return { status: "unavailable", reason: "No incident labels are configured." };
  }
  const lists = await Promise.all(
    config.labels.incident.map(
      (label) => github.paginate("GET /repos/{owner}/{repo}/issues", {
        owner: repo.owner,
        repo: repo.name,
        labels: label,
        state: "open",
        per_page: 100
      })
    )
  );
  const seen = /* @__PURE__ */ new Set();
  const facts = [];
  for (const i of lists.flat()) {
    if (i.pull_request || seen.has(i.number)) continue;
    seen.add(i.number);
    const labels = i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean);
    facts.push({
      number: i.number,
      title: i.title,
      url: i.html_url,
      labels,
      state: "open",
      createdAt: i.created_at,
      closedAt: null,
      author: i.user?.login ?? null,
      assignees: (i.assignees ?? []).map((a) => a.login),
      severity: config.labels.severityPrefix ? labels.find((l) => l.startsWith(config.labels.severityPrefix)) ?? null : null,
      linkedBy: []
    });
  }
  return { status: "ok", data: facts };
}
async function findMaturedTrains(ctx, options = {}) {
  const { github, repo, config, now } = ctx;
  const releases = options.releases ?? await listReleases(github, repo, config, now);
  const trains = buildTrains(releases, config).slice(-(options.limit ?? 10));
  const oldest = trains[0];
  if (!oldest) return [];
  const needDeployments = config.maturity.gates.productionDeployments;
  const needIncidents = config.maturity.gates.openIncidents;
  const skipped = { status: "unavailable", reason: "gate switched off" };
  const [deployments, incidents] = await Promise.all([
    needDeployments ? section(
      { name: "deployments", permission: "deployments: read" },
      () => collectDeployments(github, repo, {
        commits: { shaToTag: /* @__PURE__ */ new Map(), commitOrder: /* @__PURE__ */ new Map() },
        tags: [],
        since: oldest.release.publishedAt,
        until: iso(now),
        productionEnvironments: config.productionEnvironments,
        environments: config.line.environments,
        repoUrl: repositoryInfo(github, repo).then((info) => info.url)
      })
    ) : skipped,
    needIncidents ? section({ name: "issues", permission: "issues: read" }, () => openIncidents(ctx)) : skipped
  ]);
  return trains.map((train) => {
    const linked = incidents.status === "ok" ? {
      status: "ok",
      data: incidents.data.map((i) => ({
        ...i,
        linkedBy: linkEvidence(i.title, {
          releases: trainReleases(train),
          pullRequests: [],
          commits: []
        })
      }))
    } : incidents;
    return { train, maturity: evaluateMaturity(train, { deployments, incidents: linked }, config, now) };
  });
}

// src/render/agenda.ts
function scaleMinutes(minutes, total) {
  const planned = minutes.reduce((sum, m) => sum + m, 0);
  if (minutes.length === 0) return [];
  if (total < minutes.length) {
    throw new RangeError(
      `A ${total}-minute meeting cannot hold ${minutes.length} agenda items of a minute each.`
    );
  }
  const exact = minutes.map((m) => m / planned * total);
  const result = exact.map((e) => Math.max(1, Math.floor(e)));
  let left = total - result.reduce((sum, m) => sum + m, 0);
  const byRemainder = exact.map((e, index) => ({ index, remainder: e - Math.floor(e) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
    const index = byRemainder[i]?.index ?? 0;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  while (left < 0) {
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 1) - 1;
    left++;
  }
  return result;
}
function planAgenda(agenda, meetingMinutes) {
  const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const scaled = planned !== meetingMinutes;
  const minutes = scaled ? scaleMinutes(
    agenda.map((item) => item.minutes),
    meetingMinutes
  ) : agenda.map((item) => item.minutes);
  let start = 0;
  const slots = agenda.map((item, index) => {
    const length = minutes[index] ?? item.minutes;
    const slot = {
      id: item.id,
      title: item.title,
      description: item.description,
      minutes: length,
      start,
      end: start + length,
      plannedMinutes: item.minutes
    };
    start += length;
    return slot;
  });
  return {
    slots,
    totalMinutes: meetingMinutes,
    plannedMinutes: planned,
    scaled,
    note: scaled ? `The agenda's time boxes add up to ${planned} minutes, but the meeting is ${meetingMinutes} minutes (\`meeting.minutes\`), so each was scaled proportionally. To keep your own time boxes, make them add up to \`meeting.minutes\` in .github/release-retro.yml.` : null
  };
}
function clock(minutes) {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

// src/render/data-summary.ts
var HOUR_MS3 = 36e5;
var DAY_MS2 = 24 * HOUR_MS3;
function evidenceLinks(evidence, max = 3) {
  if (evidence.length === 0) return "\u2014";
  const shown = evidence.slice(0, max).map((e) => link(e.label, e.url, { maxLength: 70 }));
  const more = evidence.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
function permissionSpan(permission) {
  return /^[a-z-]+: (read|write)$/.test(permission) ? `\`${permission}\`` : escapeInline(permission);
}
function unavailableNote(what, section2) {
  if (section2.status === "ok") return "";
  const fix = section2.hint ? escapeInline(section2.hint, { maxLength: 400 }) : section2.permission ? `Give the workflow job ${permissionSpan(section2.permission)} in its \`permissions:\` block.` : "";
  return [
    `> \u26A0\uFE0F **${escapeInline(what)} unavailable.** ${escapeInline(section2.reason, { maxLength: 400 })}`,
    ...fix ? [">", `> **To include it:** ${fix}`] : []
  ].join("\n");
}
function compareUrl(data) {
  const previous = data.train.previous;
  if (!previous) return null;
  const enc = (tag) => encodeURIComponent(tag);
  return `${data.repository.url}/compare/${enc(previous.tag)}...${enc(data.train.last.tag)}`;
}
function releaseLink(release) {
  return link(release.tag, release.url, { maxLength: 60 });
}
function renderReleaseFacts(data) {
  const { train } = data;
  const compare = compareUrl(data);
  const viaCompare = (text2) => compare ? link(text2, compare) : text2;
  const rows = [
    [
      "Release",
      `${releaseLink(train.release)}${train.release.name && train.release.name !== train.release.tag ? ` (${escapeInline(train.release.name, { maxLength: 80 })})` : ""}, published ${formatTime(train.release.publishedAt)} by ${quietMention(train.release.author)}`
    ]
  ];
  if (train.hotfixes.length > 0) {
    rows.push([
      "Hotfixes",
      train.hotfixes.map(
        (h) => `${releaseLink(h)} at ${formatTime(h.publishedAt)} (+${formatDuration(between(train.release.publishedAt, h.publishedAt))})`
      ).join(", ")
    ]);
  } else {
    rows.push(["Hotfixes", "none"]);
  }
  rows.push([
    "Previous release",
    train.previous ? `${releaseLink(train.previous)}, published ${formatTime(train.previous.publishedAt)}` : "none (first release of this line)"
  ]);
  rows.push(["Observed", `${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)}`]);
  if (data.changes.status === "ok") {
    const c = data.changes.data;
    const commits = c.totalCommits > c.commits.length ? `${c.totalCommits} (${c.commits.length} read)` : String(c.totalCommits);
    rows.push(["Pull requests merged", viaCompare(String(c.pullRequests.length))]);
    rows.push(["Commits", viaCompare(commits)]);
    rows.push([
      "Contributors",
      c.contributors.length === 0 ? "0" : `${c.contributors.length}: ${c.contributors.slice(0, 12).map((login) => quietMention(login)).join(", ")}${c.contributors.length > 12 ? ` and ${c.contributors.length - 12} more` : ""}`
    ]);
    rows.push([
      "Reverts",
      c.reverts.length === 0 ? "0" : `${c.reverts.length}: ${c.reverts.map((r) => link(r.title, r.url, { maxLength: 60 })).join(", ")}`
    ]);
  } else {
    rows.push(["Pull requests, commits, contributors", "unavailable (see below)"]);
  }
  const parts = [table(["Fact", "Value"], rows)];
  if (data.changes.status === "unavailable") parts.push(unavailableNote("Changes", data.changes));
  return parts.join("\n\n");
}
var BAND_LABEL = {
  elite: "\u{1F7E2} elite performance",
  high: "\u{1F535} high performance",
  medium: "\u{1F7E1} medium performance",
  low: "\u{1F534} low performance"
};
function bandCell(metric) {
  if (!metric.measured || !metric.bandSample) return "\u2014";
  const confidence = `confidence ${metric.confidence}`;
  if (metric.band) return `${BAND_LABEL[metric.band]} (${confidence})`;
  const { count, needed, of } = metric.bandSample;
  return `not enough data for a band: ${count} ${of}, at least ${needed} needed (${confidence})`;
}
function trendCell(metric) {
  if (!metric.measured || !metric.trend) return "\u2014";
  const { trend } = metric;
  const arrow = trend.direction === "up" ? "\u2191" : trend.direction === "down" ? "\u2193" : "\u2192";
  const verdict = trend.improved === true ? " better" : trend.improved === false ? " worse" : "";
  return `${arrow}${verdict} (was ${escapeInline(formatValue(metric.unit, trend.previousValue))} in ${escapeInline(trend.previousTag, { maxLength: 40 })})`;
}
function windowCell(window) {
  const length = formatDuration(between(window.from, window.to));
  return `${window.name}, ${length}`;
}
function metricRow(metric) {
  if (!metric.measured) {
    return [
      escapeInline(metric.name),
      "not measured",
      "\u2014",
      "\u2014",
      "\u2014",
      escapeInline(metric.reason, { maxLength: 200 })
    ];
  }
  return [
    escapeInline(metric.name),
    `**${escapeInline(metric.display)}**`,
    windowCell(metric.window),
    bandCell(metric),
    trendCell(metric),
    evidenceLinks(metric.evidence)
  ];
}
function metricsTable(metrics, keys) {
  return table(
    ["Metric", "Value", "Window", "DORA band", "Trend", "Evidence"],
    keys.map((key) => metricRow(metrics[key]))
  );
}
function windowsLegend(metrics, keys) {
  const seen = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const m = metrics[key];
    if (m.measured && !seen.has(m.window.name)) seen.set(m.window.name, m.window);
  }
  if (seen.size === 0) return "";
  return `_Windows: ${[...seen.values()].map((w) => `${w.name} ${formatTime(w.from)} \u2192 ${formatTime(w.to)}`).join("; ")}._`;
}
var DORA_KEYS = [
  "deploymentFrequency",
  "leadTime",
  "changeFailureRate",
  "timeToRestore"
];
function renderDora(metrics) {
  const methods = DORA_KEYS.map((key) => metrics[key]).map((m) => `- **${escapeInline(m.name)}**: ${escapeInline(m.method, { maxLength: 400 })}`).join("\n");
  return [
    metricsTable(metrics, DORA_KEYS),
    "",
    windowsLegend(metrics, DORA_KEYS),
    "",
    "Bands rate delivery performance with the 2023 DORA report thresholds, only from enough data (docs/metrics.md). Arrows compare with the previous retrospective.",
    "",
    "<details><summary>How each figure is measured</summary>",
    "",
    methods,
    "",
    "</details>"
  ].join("\n");
}
var MAX_DEPLOYMENT_ROWS = 40;
function lastStatus(d) {
  const meaningful = d.statuses.filter((s) => s.state !== "inactive");
  return [...meaningful].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).at(-1);
}
var firstSuccessAt = (d) => {
  const s = d.statuses.find((x) => x.state === "success");
  return s ? Date.parse(s.createdAt) : null;
};
function timelineSpan(data) {
  const from = Date.parse(data.window.from);
  const to = Date.parse(data.window.to);
  const leadIn = Math.max(HOUR_MS3, (to - from) / 10);
  return { from: new Date(from - leadIn), to: new Date(Math.max(to, from + HOUR_MS3)) };
}
function shortLabel(text2, max) {
  const chars = Array.from(text2);
  return chars.length <= max ? text2 : `${chars.slice(0, max - 1).join("").trimEnd()}\u2026`;
}
function shortDate(ms2) {
  return new Date(ms2).toISOString().slice(5, 16).replace("T", " ");
}
function timelineTasks(data, span) {
  const deployments = data.deployments.status === "ok" ? data.deployments.data : [];
  const byTime = [...deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const spanTo = span.to.getTime();
  const tasks = [];
  for (const release of [data.train.release, ...data.train.hotfixes]) {
    const at = new Date(release.publishedAt);
    const hotfix = release !== data.train.release;
    tasks.push({
      section: "releases",
      label: `${release.tag}${hotfix ? " hotfix" : ""} published`,
      start: at,
      end: at,
      outcome: "release"
    });
  }
  const environments = [...new Map(byTime.map((d) => [d.environment.toLowerCase(), d])).values()].sort((a, b) => Number(b.isProduction) - Number(a.isProduction)).map((d) => d.environment.toLowerCase());
  for (const environment of environments) {
    const list = byTime.filter((d) => d.environment.toLowerCase() === environment);
    for (const [i, d] of list.entries()) {
      const what = d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7);
      const success = firstSuccessAt(d);
      const last = lastStatus(d);
      if (success === null) {
        const failed = last && (last.state === "failure" || last.state === "error");
        tasks.push({
          section: d.environment,
          label: `${what} ${failed ? "failed" : "in progress"}`,
          start: new Date(d.createdAt),
          end: failed ? new Date(last.createdAt) : new Date(spanTo),
          outcome: failed ? "failed" : "in-progress"
        });
        continue;
      }
      let replacedBy;
      for (let j = i + 1; j < list.length && replacedBy === void 0; j += 1) {
        const candidate = list[j];
        const at = firstSuccessAt(candidate);
        if (at !== null && at >= success) replacedBy = candidate;
      }
      const end = replacedBy ? firstSuccessAt(replacedBy) ?? spanTo : spanTo;
      const next = list[i + 1];
      const outcome = d.isRollback ? "rollback" : next?.isRollback ? "rolled-back" : "succeeded";
      const kind = outcome === "rollback" ? " (rollback)" : outcome === "rolled-back" ? " (rolled back)" : d.isRedeploy ? " (redeploy)" : "";
      const since = success < span.from.getTime() ? ` since ${shortDate(success).slice(0, 5)}` : "";
      tasks.push({
        section: d.environment,
        label: `${what}${kind}${since}`,
        start: new Date(success),
        end: new Date(end),
        outcome
      });
    }
  }
  if (data.incidents.status === "ok") {
    for (const issue of data.incidents.data) {
      tasks.push({
        section: "incidents",
        // "#" would be drawn as a full-width "＃" (see mermaidText); the section already says "incidents".
        label: shortLabel(`${issue.number} \xB7 ${issue.title}`, 40),
        start: new Date(issue.createdAt),
        end: new Date(issue.closedAt ?? spanTo),
        outcome: "incident"
      });
    }
  }
  return tasks;
}
function earlierSummary(earlier, before) {
  if (earlier.length === 0) return "";
  const byEnv = /* @__PURE__ */ new Map();
  for (const d of earlier) byEnv.set(d.environment, (byEnv.get(d.environment) ?? 0) + 1);
  const envs = [...byEnv].map(([env, n]) => `${escapeInline(env, { maxLength: 40 })} ${n}`).join(", ");
  const failed = earlier.filter((d) => d.statuses.some((s) => s.state === "failure" || s.state === "error"));
  const rollbacks = earlier.filter((d) => d.isRollback).length;
  const notes = [
    failed.length > 0 ? `${failed.length} failed` : "",
    rollbacks > 0 ? plural(rollbacks, "rollback") : ""
  ].filter(Boolean);
  return `_Earlier in the release cycle, before ${formatTime(before.toISOString())}: ${plural(earlier.length, "deployment")} (${envs}${notes.length > 0 ? `; ${notes.join(", ")}` : ""}). They are not drawn to scale (the chart starts at that time, with what was live then) and are listed in the table below._`;
}
function renderTimeline(data) {
  if (data.deployments.status === "unavailable") return unavailableNote("Deployments", data.deployments);
  const deployments = [...data.deployments.data].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)
  );
  if (deployments.length === 0) {
    return "_No deployments were recorded for this release. If you deploy with GitHub Actions, give the deploy job an `environment:` so GitHub records deployments, or create them with the Deployments API._";
  }
  const span = timelineSpan(data);
  const tasks = timelineTasks(data, span).filter(
    (t) => t.end.getTime() >= span.from.getTime() && t.start.getTime() <= span.to.getTime()
  );
  const chart = deploymentGantt(tasks, { span });
  const earlier = deployments.filter((d) => {
    const end = lastStatus(d)?.createdAt ?? d.createdAt;
    return Date.parse(end) < span.from.getTime();
  });
  const shown = deployments.slice(-MAX_DEPLOYMENT_ROWS);
  const rows = shown.map((d) => {
    const last = lastStatus(d);
    return [
      escapeInline(d.environment, { maxLength: 40 }),
      link(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), d.url, { maxLength: 40 }),
      formatTime(d.createdAt),
      last ? escapeInline(last.state) : "\u2014",
      d.isRollback ? "rollback" : d.isRedeploy ? "redeploy" : "",
      quietMention(d.creator)
    ];
  });
  const legend = ganttLegend(tasks.map((t) => t.outcome)).join(" \xB7 ");
  const parts = [
    chart,
    `_${legend}. A deployment's bar runs from its success until the next deployment to that environment replaced it. Shown: the observation period (${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)}) and the hours before it; times in UTC._`,
    earlierSummary(earlier, span.from),
    "<details><summary>Deployments</summary>",
    table(["Environment", "Deployed", "Started", "Outcome", "Kind", "By"], rows),
    "</details>"
  ].filter(Boolean);
  if (deployments.length > shown.length) {
    parts.splice(
      parts.length - 3,
      0,
      `_The table lists the last ${shown.length} of ${deployments.length} deployments._`
    );
  }
  return parts.join("\n\n");
}
var LEAD_TIME_BUCKETS = [
  { label: "under 1 h", maxMs: HOUR_MS3 },
  { label: "1 h \u2013 1 d", maxMs: DAY_MS2 },
  { label: "1 \u2013 3 d", maxMs: 3 * DAY_MS2 },
  { label: "3 \u2013 7 d", maxMs: 7 * DAY_MS2 },
  { label: "1 \u2013 2 w", maxMs: 14 * DAY_MS2 },
  { label: "over 2 w", maxMs: Number.POSITIVE_INFINITY }
];
function leadTimeBuckets(samples) {
  const counts = LEAD_TIME_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const sample of samples) {
    const ms2 = sample.hours * HOUR_MS3;
    if (!Number.isFinite(ms2) || ms2 < 0) continue;
    const bucket = counts[LEAD_TIME_BUCKETS.findIndex((b) => ms2 < b.maxMs)];
    if (bucket) bucket.count++;
  }
  return counts;
}
function leadTimeCaption(samples, what) {
  const toDeployment = samples.filter((s) => s.via === "deployment").length;
  const end = toDeployment === samples.length ? "the first successful production deployment containing it" : toDeployment === 0 ? "the publish of the release containing it (no production deployment contains them)" : `the first successful production deployment containing it (${toDeployment} of ${samples.length}; the others to the publish of their release)`;
  return `_Each bar counts ${what} by the time from their first commit to ${end}._`;
}
function renderLeadTime(data, metrics) {
  if (data.changes.status === "unavailable") return unavailableNote("Lead times", data.changes);
  const samples = leadTimeSamples(data);
  const pulls = samples.some((s) => s.pullNumber !== null);
  const what = pulls ? "pull requests" : "commits";
  const chart = countChart(
    leadTimeBuckets(samples),
    `${pulls ? "Pull requests" : "Commits"} by lead time`,
    what
  );
  if (!chart) return "_No merged pull requests in this release, so there is no lead time to show._";
  const m = metrics.leadTime;
  const summary = m.measured ? `Lead time for changes: **${escapeInline(m.display)}** (${evidenceLinks(m.evidence, 2)}).` : `Lead time for changes was not measured: ${escapeInline(m.reason)}`;
  return [chart, `${leadTimeCaption(samples, what)} ${summary}`].join("\n\n");
}
function issueLink(issue) {
  return link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 });
}
function linkedByCell(issue) {
  return issue.linkedBy.length === 0 ? "by time only" : evidenceLinks(issue.linkedBy, 2);
}
function restoreCell(issue, now) {
  if (issue.closedAt) return formatDuration(between(issue.createdAt, issue.closedAt));
  return `open for ${formatDuration(between(issue.createdAt, now))}`;
}
function renderIncidents(data, metrics) {
  const parts = [];
  if (data.incidents.status === "unavailable") {
    parts.push(unavailableNote("Incidents", data.incidents));
  } else if (data.incidents.data.length === 0) {
    parts.push("**Incidents:** none were opened in the observation window. \u{1F389}");
  } else {
    const rows = data.incidents.data.map((issue) => [
      issueLink(issue),
      issue.severity ? escapeInline(issue.severity, { maxLength: 40 }) : "\u2014",
      formatTime(issue.createdAt),
      issue.closedAt ? formatTime(issue.closedAt) : "still open",
      restoreCell(issue, data.collectedAt),
      linkedByCell(issue)
    ]);
    parts.push(
      `**Incidents** (${data.incidents.data.length}):`,
      table(["Incident", "Severity", "Opened", "Restored", "Time to restore", "Tied to the release"], rows)
    );
  }
  if (data.bugs.status === "unavailable") {
    parts.push(unavailableNote("Bugs", data.bugs));
  } else if (data.bugs.data.length === 0) {
    parts.push("**Bugs:** none were opened in the observation window.");
  } else {
    const rows = data.bugs.data.map((issue) => [
      issueLink(issue),
      formatTime(issue.createdAt),
      issue.state === "closed" ? `closed after ${formatDuration(between(issue.createdAt, issue.closedAt ?? issue.createdAt))}` : "open",
      linkedByCell(issue)
    ]);
    parts.push(
      `**Bugs** (${data.bugs.data.length}):`,
      table(["Bug", "Opened", "State", "Tied to the release"], rows)
    );
  }
  parts.push(metricsTable(metrics, ["bugInflow"]));
  return parts.join("\n\n");
}
function workflowHealth(runs) {
  const byName = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const list = byName.get(run.name);
    if (list) list.push(run);
    else byName.set(run.name, [run]);
  }
  return [...byName.entries()].map(([name, list]) => {
    const durations = list.map((r) => r.durationMs).filter((d) => d !== null).sort((a, b) => a - b);
    const failed = list.filter((r) => r.conclusion === "failure" || r.conclusion === "timed_out");
    return {
      name,
      runs: list.length,
      failures: failed.length,
      reruns: list.filter((r) => r.runAttempt > 1).length,
      medianMs: durations.length > 0 ? durations[Math.floor((durations.length - 1) / 2)] ?? null : null,
      example: failed[0] ?? list[0]
    };
  }).sort((a, b) => b.runs - a.runs || a.name.localeCompare(b.name));
}
function renderCi(data, metrics) {
  if (data.workflowRuns.status === "unavailable") return unavailableNote("Workflow runs", data.workflowRuns);
  const runs = [...data.workflowRuns.data.tagRuns, ...data.workflowRuns.data.branchRuns];
  const parts = [metricsTable(metrics, ["ciSuccessRate", "ciFlakyRate"])];
  if (runs.length === 0) {
    parts.push("_No workflow runs were found for the release tags or the default branch in the window._");
    return parts.join("\n\n");
  }
  const rows = workflowHealth(runs).map((w) => [
    escapeInline(w.name, { maxLength: 60 }),
    String(w.runs),
    w.failures === 0 ? "0" : link(String(w.failures), w.example.url),
    String(w.reruns),
    w.medianMs === null ? "\u2014" : formatDuration(w.medianMs)
  ]);
  parts.push(
    table(["Workflow", "Runs (with re-runs)", "Failed runs", "Re-runs", "Median duration"], rows),
    "_Runs of the release tags, and of the default branch during the release cycle. A failed run links to an example._"
  );
  return parts.join("\n\n");
}
function renderFeedback(data) {
  if (data.feedback.status === "unavailable") return unavailableNote("Feedback", data.feedback);
  const { issues, releaseReactions } = data.feedback.data;
  const reactions = Object.entries(releaseReactions).filter(([, n]) => n > 0).map(([name, n]) => `${REACTION_EMOJI[name] ?? escapeInline(name, { maxLength: 20 })} ${n}`);
  const parts = [
    `**Reactions on the release${data.train.hotfixes.length > 0 ? "s" : ""}:** ${reactions.length > 0 ? reactions.join(" \xB7 ") : "none"} (${releaseLink(data.train.release)}).`
  ];
  const { issuesUnavailable } = data.feedback.data;
  if (issuesUnavailable) {
    parts.push(
      unavailableNote("Feedback issues", {
        status: "unavailable",
        reason: issuesUnavailable.reason,
        ...issuesUnavailable.hint ? { hint: issuesUnavailable.hint } : {}
      })
    );
  } else if (issues.length === 0) {
    parts.push("**Feedback issues:** none were opened in the observation window.");
  } else {
    parts.push(
      `**Feedback issues** (${issues.length}):`,
      table(
        ["Issue", "From", "Opened", "State"],
        issues.map((i) => [issueLink(i), quietMention(i.author), formatTime(i.createdAt), i.state])
      )
    );
  }
  return parts.join("\n\n");
}
function renderChanges(data) {
  if (data.changes.status === "unavailable") return unavailableNote("Changes", data.changes);
  const prs = [...data.changes.data.pullRequests].sort(
    (a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt)
  );
  if (prs.length === 0) return "_No pull requests were merged in this release._";
  const leadTimes = new Map(
    leadTimeSamples(data).flatMap((s) => s.pullNumber === null ? [] : [[s.pullNumber, s.hours * HOUR_MS3]])
  );
  const rows = prs.map((pr) => {
    const lead = leadTimes.get(pr.number) ?? null;
    return [
      link(`#${pr.number} ${pr.title}`, pr.url, { maxLength: 90 }),
      quietMention(pr.author),
      pr.labels.length > 0 ? pr.labels.map((l) => escapeInline(l, { maxLength: 30 })).join(", ") : "\u2014",
      escapeInline(pr.releaseTag, { maxLength: 40 }),
      lead === null ? "\u2014" : formatDuration(lead),
      `+${pr.additions} \u2212${pr.deletions}`,
      pr.isRevert ? "\u21A9\uFE0F revert" : ""
    ];
  });
  return [
    `<details><summary>${plural(prs.length, "pull request")} merged</summary>`,
    "",
    table(["Pull request", "Author", "Labels", "Shipped in", "Lead time", "Size", ""], rows),
    "",
    "</details>"
  ].join("\n");
}

// src/render/monitoring.ts
var MAX_CHART_POINTS = 24;
var MAX_CHARTS = 4;
function num(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e3) / 1e3);
}
function withUnit(value, unit) {
  const u = escapeInline(unit, { maxLength: 30 });
  return unit === "%" ? `${num(value)} %` : `${num(value)} ${u}`;
}
function rangeText(range) {
  return range ? `${formatTime(range.from)} \u2192 ${formatTime(range.to)}` : "\u2014";
}
function nameCell(item) {
  const name = item.link ? link(item.name, item.link, { maxLength: 100 }) : escapeInline(item.name, { maxLength: 100 });
  return item.source ? `${name} (${escapeInline(item.source, { maxLength: 60 })})` : name;
}
function change(figure2) {
  if (figure2.baseline === void 0) return "\u2014";
  const delta = figure2.value - figure2.baseline;
  const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1";
  return `${withUnit(figure2.baseline, figure2.unit)} (${sign}${withUnit(Math.abs(delta), figure2.unit)})`;
}
function figuresTable(figures) {
  return table(
    ["Figure", "Value", "Before the release (change)", "Period", "Note"],
    figures.map((f) => [
      nameCell(f),
      `**${withUnit(f.value, f.unit)}**`,
      change(f),
      rangeText(f.range),
      f.note ? escapeInline(f.note, { maxLength: 300 }) : ""
    ])
  );
}
function samplePoints(points, max = MAX_CHART_POINTS) {
  if (points.length <= max) return [...points];
  return Array.from(
    { length: max },
    (_, i) => points[Math.round(i * (points.length - 1) / (max - 1))]
  );
}
function pointLabel(at, spanMs) {
  const iso2 = new Date(at).toISOString();
  return spanMs <= 2 * 864e5 ? `${iso2.slice(5, 10)} ${iso2.slice(11, 16)}` : iso2.slice(0, 10);
}
function seriesBlock(series2, chart) {
  const points = [...series2.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const values = points.map((p) => p.value);
  const first = points[0];
  const last = points.at(-1);
  const range = series2.range ?? (first && last ? { from: first.at, to: last.at } : void 0);
  const summary = [
    `**${nameCell(series2)}** \u2014 ${points.length} values in ${escapeInline(series2.unit, { maxLength: 30 })}, ${rangeText(range)}:`,
    `min ${withUnit(Math.min(...values), series2.unit)}, max ${withUnit(Math.max(...values), series2.unit)}, last ${withUnit(values.at(-1) ?? 0, series2.unit)}.`,
    series2.note ? escapeInline(series2.note, { maxLength: 300 }) : ""
  ].filter(Boolean).join(" ");
  if (!chart) return summary;
  const spanMs = first && last ? Date.parse(last.at) - Date.parse(first.at) : 0;
  const sampled = samplePoints(points);
  const chartText = trendChart(
    sampled.map((p) => ({ label: pointLabel(p.at, spanMs), value: p.value })),
    `${series2.name} (${series2.unit}, UTC)`,
    series2.unit
  );
  const note = sampled.length < points.length ? `

_The chart shows ${sampled.length} of the ${points.length} values, evenly spaced._` : "";
  return `${summary}

${chartText}${note}`;
}
function renderMonitoring(monitoring) {
  if (monitoring === null) {
    return "_No monitoring data was given. Add post-deployment figures from outside GitHub with the `monitoring` input (see the retrospective guide)._";
  }
  if (monitoring.status === "unavailable") return unavailableNote("Monitoring data", monitoring);
  const { figures, series: series2, links } = monitoring.data;
  const parts = [];
  if (figures.length > 0) parts.push(figuresTable(figures));
  series2.forEach((s, i) => {
    parts.push(seriesBlock(s, i < MAX_CHARTS));
  });
  if (series2.length > MAX_CHARTS) {
    parts.push(`_Charts are drawn for the first ${MAX_CHARTS} series; follow the links for the others._`);
  }
  if (links.length > 0) {
    parts.push(`**Dashboards:** ${links.map((l) => link(l.label, l.url, { maxLength: 100 })).join(" \xB7 ")}`);
  }
  return parts.join("\n\n");
}
var STATE_ICON = {
  success: "\u2705",
  failure: "\u274C",
  error: "\u274C",
  timed_out: "\u274C",
  action_required: "\u26A0\uFE0F",
  cancelled: "\u23F9\uFE0F",
  pending: "\u23F3",
  queued: "\u23F3",
  in_progress: "\u23F3",
  neutral: "\u2796",
  skipped: "\u2796",
  stale: "\u2796"
};
function checkRow(check) {
  const name = check.url ? link(check.name, check.url, { maxLength: 80 }) : escapeInline(check.name, { maxLength: 80 });
  return [
    name,
    check.kind === "status" ? "status" : `check run${check.source ? ` (${escapeInline(check.source, { maxLength: 40 })})` : ""}`,
    `${STATE_ICON[check.state] ?? ""} ${escapeInline(check.state, { maxLength: 20 })}`.trim(),
    escapeInline(check.tag, { maxLength: 60 }),
    check.description ? escapeInline(check.description, { maxLength: 140 }) : "",
    check.at ? formatTime(check.at) : "\u2014"
  ];
}
function renderCommitChecks(checks) {
  const { statuses, checkRuns } = checks;
  if (!statuses && !checkRuns) {
    return "_Statuses and check runs from external monitors on the release commits are not read: set `external-checks.statuses` or `external-checks.check-runs` to `true` in the config, with `statuses: read` or `checks: read` in the job\u2019s `permissions:`._";
  }
  const notes = [
    statuses ? unavailableNote("Commit statuses", statuses) : "",
    checkRuns ? unavailableNote("Check runs", checkRuns) : ""
  ].filter(Boolean);
  const read = [statuses, checkRuns].filter((s) => s?.status === "ok");
  const rows = [
    ...statuses?.status === "ok" ? statuses.data : [],
    ...checkRuns?.status === "ok" ? checkRuns.data : []
  ].map(checkRow);
  const body = rows.length > 0 ? table(["Check", "Kind", "Result", "On", "Says", "Reported"], rows) : read.length > 0 ? `_No external monitor reported ${statuses?.status === "ok" && checkRuns?.status === "ok" ? "a status or check run" : statuses?.status === "ok" ? "a status" : "a check run"} on the release commits (GitHub Actions runs are under CI health)._` : "";
  return [body, ...notes].filter(Boolean).join("\n\n");
}

// src/render/story.ts
var DORA = ["deploymentFrequency", "leadTime", "changeFailureRate", "timeToRestore"];
var MAX_INCIDENTS = 3;
function firstSuccessAt2(d) {
  return d.statuses.find((s) => s.state === "success")?.createdAt ?? null;
}
function afterRelease(releaseAt, at) {
  const ms2 = between(releaseAt, at);
  return ms2 >= 0 ? `${formatDuration(ms2)} after the release` : `at ${formatTime(at)}`;
}
function shipped(data) {
  const { release } = data.train;
  const name = release.name && release.name !== release.tag ? ` (${escapeInline(release.name, { maxLength: 80 })})` : "";
  const what = link(release.tag, release.url, { maxLength: 60 });
  if (data.changes.status !== "ok") return `${what}${name} was published ${formatTime(release.publishedAt)}.`;
  const c = data.changes.data;
  return `${what}${name} shipped ${plural(c.pullRequests.length, "pull request")} (${plural(c.totalCommits, "commit")}) from ${plural(c.contributors.length, "contributor")}, published ${formatTime(release.publishedAt)}.`;
}
function incidentSentence(issue, releaseAt) {
  const severity = issue.severity ? ` (${escapeInline(issue.severity, { maxLength: 40 })})` : "";
  const restored = issue.closedAt ? `closed ${formatDuration(between(issue.createdAt, issue.closedAt))} later` : "is still open";
  return `Incident ${link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 })}${severity} opened ${afterRelease(releaseAt, issue.createdAt)} and ${restored}.`;
}
function keysMoved(metrics) {
  const moved = [];
  let previousTag = "";
  for (const key of DORA) {
    const m = metrics[key];
    if (!m.measured || !m.trend) continue;
    previousTag = m.trend.previousTag;
    const verdict = m.trend.improved === true ? "better" : m.trend.improved === false ? "worse" : "unchanged";
    moved.push(
      `${m.name.toLowerCase()} ${escapeInline(formatValue(m.unit, m.trend.previousValue))} \u2192 ${escapeInline(m.display)} (${verdict})`
    );
  }
  if (moved.length === 0) return "";
  return `Against ${escapeInline(previousTag, { maxLength: 40 })}: ${moved.join("; ")}.`;
}
function renderStory(data, metrics) {
  const { train, window } = data;
  const releaseAt = train.release.publishedAt;
  const sentences = [shipped(data)];
  const inWindow = (at) => at >= window.from && at <= window.to;
  const production = data.deployments.status === "ok" ? data.deployments.data.filter((d) => d.isProduction).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)) : [];
  const live = production.find((d) => d.releaseTag === train.release.tag && firstSuccessAt2(d));
  const liveAt = live ? firstSuccessAt2(live) : null;
  if (liveAt) sentences.push(`It reached production ${afterRelease(releaseAt, liveAt)}.`);
  if (data.incidents.status === "ok") {
    const incidents = data.incidents.data;
    if (incidents.length === 0) sentences.push("No incident was opened in the observation period.");
    for (const issue of incidents.slice(0, MAX_INCIDENTS)) sentences.push(incidentSentence(issue, releaseAt));
    if (incidents.length > MAX_INCIDENTS)
      sentences.push(
        `${plural(incidents.length - MAX_INCIDENTS, "more incident")} opened in the observation period.`
      );
  }
  const failed = production.filter(
    (d) => inWindow(d.createdAt) && d.statuses.some((s) => s.state === "failure" || s.state === "error")
  );
  if (failed.length > 0) sentences.push(`${plural(failed.length, "production deployment")} failed.`);
  const rollbacks = production.filter((d) => d.isRollback && inWindow(d.createdAt));
  if (rollbacks.length === 0 && production.length > 0) sentences.push("Production was not rolled back.");
  for (const d of rollbacks) {
    const to = escapeInline(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), { maxLength: 40 });
    const by = d.creator ? ` by ${quietMention(d.creator)}` : "";
    sentences.push(
      `${link("Production was rolled back", d.url)} to ${to} ${afterRelease(releaseAt, d.createdAt)}${by}.`
    );
  }
  if (train.hotfixes.length === 0) sentences.push("No hotfix was needed.");
  else
    sentences.push(
      `${train.hotfixes.length === 1 ? "Hotfix" : "Hotfixes"} ${train.hotfixes.map(
        (h) => `${link(h.tag, h.url, { maxLength: 60 })} was published ${afterRelease(releaseAt, h.publishedAt)}`
      ).join(", ")}.`
    );
  const restore = metrics.timeToRestore;
  if (restore.measured) sentences.push(`Median time to restore: ${escapeInline(restore.display)}.`);
  const moved = keysMoved(metrics);
  if (moved) sentences.push(moved);
  return sentences.join(" ");
}

// src/render/trends.ts
var MIN_TREND_POINTS = 3;
var MAX_TREND_POINTS = 6;
var TREND_KEYS = [
  "deploymentFrequency",
  "leadTime",
  "changeFailureRate",
  "timeToRestore"
];
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}
function axisOf(key, values) {
  const top = (scale) => ({ min: 0, max: niceCeiling(Math.max(...values) * scale) });
  switch (key) {
    case "deploymentFrequency":
      return { unit: "deployments per week", scale: 1, range: top(1) };
    case "changeFailureRate":
      return { unit: "percent", scale: 1, range: { min: 0, max: 100 } };
    default:
      return Math.max(...values) >= 48 ? { unit: "days", scale: 1 / 24, range: top(1 / 24) } : { unit: "hours", scale: 1, range: top(1) };
  }
}
function axisValue(key, value) {
  const unit = CANONICAL_UNITS[key];
  return unit === "percent" ? `${Math.round(value * 10) / 10} percent` : formatValue(unit, value);
}
function trendPoints(key, metrics, tag, history) {
  const earlier = history.flatMap((entry) => {
    const value = snapshotValue(entry.metrics, key);
    return value === void 0 ? [] : [{ tag: entry.tag, value }];
  });
  const current = metrics[key];
  const points = current.measured ? [...earlier, { tag, value: current.value }] : earlier;
  return points.slice(-MAX_TREND_POINTS);
}
function renderTrends(metrics, tag, history) {
  const charts = TREND_KEYS.flatMap((key) => {
    const points = trendPoints(key, metrics, tag, history);
    if (points.length < MIN_TREND_POINTS) return [];
    const axis = axisOf(
      key,
      points.map((p) => p.value)
    );
    const name = metrics[key].name;
    return [
      trendChart(
        // Each label carries its value with its unit, so the figure is read exactly, not off the axis.
        points.map((p) => ({
          label: `${p.tag} (${axisValue(key, p.value)})`,
          value: p.value * axis.scale
        })),
        `${name} (${axis.unit})`,
        axis.unit,
        { yRange: axis.range, height: 250 }
      )
    ];
  });
  if (charts.length === 0) return "";
  return [
    `**Trends** across the last retrospectives of this line (oldest first, ${escapeInline(tag, { maxLength: 60 })} last):`,
    ...charts
  ].join("\n\n");
}

// src/render/voice.ts
var TOP_ITEMS = 5;
function countBy(items, keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${escapeInline(k, { maxLength: 60 })} ${n}`).join(" \xB7 ");
}
function itemCell(item) {
  const title = link(`#${item.number} ${item.title}`, item.url, { maxLength: 90 });
  return item.kind === "discussion" ? `${title} (${escapeInline(item.category ?? "", { maxLength: 40 })})` : `${title} (${item.linkedBy.map((e) => escapeInline(e.label, { maxLength: 40 })).join(", ")})`;
}
function countLine(data) {
  const parts = [];
  if (data.categories) {
    const { discussions } = data;
    const by = discussions.length > 0 ? ` (${countBy(discussions, (d) => [d.category ?? "?"])})` : "";
    parts.push(
      `**${plural(discussions.length, "discussion")}** in ${data.categories.map((c) => escapeInline(c, { maxLength: 40 })).join(", ")}${by}`
    );
  }
  if (data.withIssues) {
    const { issues } = data;
    const by = issues.length > 0 ? ` (${countBy(issues, (i) => i.linkedBy.map((e) => e.label))})` : "";
    parts.push(`**${plural(issues.length, "issue")}** mentioning the release${by}`);
  }
  return `${parts.join(" and ")}, opened ${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)} (the observation period).`;
}
function notesOf(data) {
  const notes = [];
  if (data.missingCategories.length > 0) {
    notes.push(
      `The repository has no discussion category ${data.missingCategories.map((c) => `"${escapeInline(c, { maxLength: 40 })}"`).join(", ")}: check \`voice.discussion-categories\`.`
    );
  }
  if (data.discussionsInWindow > data.discussionsRead) {
    notes.push(
      `${data.discussionsInWindow} discussions were opened in the period; the newest ${data.discussionsRead} were read.`
    );
  }
  if (data.issuesInWindow > data.issuesRead) {
    notes.push(
      `${data.issuesInWindow} issues were opened in the period; the newest ${data.issuesRead} were checked for mentions.`
    );
  }
  return notes;
}
function renderVoice(voice) {
  if (!voice) {
    return "_Not read: set `voice.discussion-categories` (e.g. `[q-a, ideas]`) or `voice.mentioning-issues: true` in the config to hear the users' voice._";
  }
  if (voice.status === "unavailable") return unavailableNote("Users' voice", voice);
  const { data } = voice;
  const lines = [countLine(data)];
  const all = [...data.discussions, ...data.issues].sort(
    (a, b) => b.reactions - a.reactions || b.comments - a.comments || a.createdAt.localeCompare(b.createdAt)
  );
  if (all.length > 0) {
    lines.push(
      `**Most reacted** (${Math.min(TOP_ITEMS, all.length)} of ${all.length}):`,
      table(
        ["Item", "Kind", "Reactions", "Comments", "From", "Opened"],
        all.slice(0, TOP_ITEMS).map((item) => [
          itemCell(item),
          item.kind,
          String(item.reactions),
          String(item.comments),
          quietMention(item.author),
          formatTime(item.createdAt)
        ])
      )
    );
  }
  const notes = notesOf(data);
  if (notes.length > 0) lines.push(`_${notes.join(" ")}_`);
  return lines.join("\n\n");
}

// src/render/discussion.ts
var PRIME_DIRECTIVE = {
  text: "Regardless of what we discover, we understand and truly believe that everyone did the best job they could, given what they knew at the time, their skills and abilities, the resources available, and the situation at hand.",
  author: "Norm Kerth",
  source: "Project Retrospectives: A Handbook for Team Reviews"
};
var OPEN_BODY_BUDGET = 5e4;
var MAX_MENTIONS = 50;
function discussionTitle(config, tag) {
  return config.title.replaceAll("{tag}", () => tag);
}
function surveyMarker(promptId) {
  return `<!-- release-retro:survey:${promptId} -->`;
}
function surveyMarkerId(body) {
  return /^<!-- release-retro:survey:([a-z0-9-]+) -->/.exec(body.trimStart())?.[1] ?? null;
}
function trainTags2(data) {
  return [data.train.release.tag, ...data.train.hotfixes.map((h) => h.tag)];
}
function purpose(data) {
  const tag = escapeInline(data.train.release.tag, { maxLength: 80 });
  const hotfixes = data.train.hotfixes.map((h) => escapeInline(h.tag, { maxLength: 80 }));
  const withHotfixes = hotfixes.length > 0 ? ` and its ${hotfixes.length === 1 ? "hotfix" : "hotfixes"} ${hotfixes.join(", ")}` : "";
  return [
    `This is the blameless retrospective of **${tag}**${withHotfixes}. We look back at how the release went, `,
    "learn from it together, and agree on a few specific, owned actions that make the next release better. ",
    'We look for causes in our systems, tools and process, not in people: the question is always "what made ',
    'this easy to get wrong?", never "who got it wrong?".'
  ].join("");
}
function renderAgenda(agenda) {
  const rows = agenda.slots.map((slot) => [
    `${clock(slot.start)}\u2013${clock(slot.end)}`,
    `**${escapeInline(slot.title, { maxLength: 80 })}**`,
    `${slot.minutes} min`,
    escapeInline(slot.description, { maxLength: 300 })
  ]);
  const parts = [table(["Time", "Item", "Time box", "What we do"], rows)];
  if (agenda.note) parts.push(`> \u2139\uFE0F ${agenda.note}`);
  parts.push(
    "_Meeting in person or on a call? Follow the time boxes. Working fully asynchronously? Use the same steps over a few days: answer the survey threads, vote, then propose and decide actions with the commands below._"
  );
  return parts.join("\n\n");
}
function renderInvited(config, data, actor) {
  const mode = config.invite.mode;
  if (mode === "none") {
    return "_Nobody was mentioned (`invite.mode: none`). Share this discussion with the people who took part._";
  }
  const notMe = (login) => !actor || login.toLowerCase() !== actor.toLowerCase();
  const facilitators = config.facilitators.users.filter(notMe);
  const facilitatorLine = facilitators.length > 0 || config.facilitators.teams.length > 0 ? `

**Facilitators:** ${[...facilitators.map((l) => mention(l)), ...config.facilitators.teams.map(teamMention)].join(" ")}` : "";
  if (mode === "team") {
    return `${teamMention(config.invite.team)}, you are invited: this retrospective is for everyone who worked on the release.${facilitatorLine}`;
  }
  const people2 = data.participants.filter((login) => isGitHubLogin(login) && notMe(login));
  if (people2.length === 0) {
    return `_No participants were found in the release data. Share this discussion with the team._${facilitatorLine}`;
  }
  const shown = people2.slice(0, MAX_MENTIONS).map((login) => mention(login));
  const more = people2.length - shown.length;
  return [
    `Everyone who took part in this release (authors, reviewers, deployers, incident responders): ${shown.join(" ")}${more > 0 ? ` and ${more} more` : ""}.`,
    "",
    "You are invited to add your view in the survey threads below, whether or not you can join the meeting."
  ].join("\n") + facilitatorLine;
}
function teamMention(team) {
  return /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(team) ? `@${team}` : escapeInline(`@${team}`);
}
function renderHowToTakePart(config) {
  const prompts = config.survey.map((p) => `**${escapeInline(p.title, { maxLength: 100 })}**`).join(" \xB7 ");
  const action = COMMANDS.find((c) => c.name === "action");
  const learning = COMMANDS.find((c) => c.name === "learning");
  return [
    `1. **Answer the survey** in the threads below (${prompts}): one point per reply, so each can be voted on.`,
    "2. **Vote** with \u{1F44D} on the replies and proposals you agree with. The most-voted points are discussed first.",
    `3. **Propose actions** in a comment, one per line: ${action ? `\`${action.example}\`` : "`/action <title> @owner due:+2w`"}. Each gets an id (A1, A2, \u2026).`,
    `4. **Record learnings** the same way: ${learning ? `\`${learning.example}\`` : "`/learning <text>`"}.`,
    `5. **Facilitators decide** with \`/accept A1\`: at most ${config.maxActionItems} items, each with an owner and a due date. When done, \`/finalize\` turns them into issues and closes this discussion.`,
    "",
    "Commands go at the start of a line in a new comment; the bot replies, and the tables below update.",
    "",
    "<details><summary>All commands</summary>",
    "",
    renderHelp(),
    "",
    "</details>"
  ].join("\n");
}
function discussionBlocks(input) {
  const { config, data, metrics, previous, state } = input;
  return {
    agenda: {
      text: [
        state.meeting ? liveSection("meeting", renderMeetingLine(state.meeting, config.meeting, null)) : "",
        renderAgenda(planAgenda(config.agenda, config.meeting.minutes))
      ].filter(Boolean).join("\n\n")
    },
    story: { text: renderStory(data, metrics) },
    previousItems: { text: renderPreviousItems(previous), trimmable: true, priority: 3 },
    facts: { text: renderReleaseFacts(data), trimmable: true, priority: 4 },
    dora: {
      text: [renderDora(metrics), renderTrends(metrics, state.tag, input.history ?? [])].filter(Boolean).join("\n\n")
    },
    timeline: { text: renderTimeline(data), trimmable: true, priority: 1 },
    leadTime: { text: renderLeadTime(data, metrics) },
    incidents: { text: renderIncidents(data, metrics), trimmable: true, priority: 2 },
    ci: { text: renderCi(data, metrics), trimmable: true, priority: 2 },
    feedback: { text: renderFeedback(data), trimmable: true, priority: 2 },
    voice: { text: renderVoice(input.outside?.voice), trimmable: true, priority: 2 },
    monitoring: { text: renderOutside(input.outside), trimmable: true, priority: 2 },
    changes: { text: renderChanges(data), trimmable: true, priority: 0 },
    invited: { text: renderInvited(config, data, input.actor) },
    howToTakePart: { text: renderHowToTakePart(config) },
    actionItems: { text: liveSection("action-items", renderActionItems(state, config.maxActionItems)) },
    learnings: { text: liveSection("learnings", renderLearnings(state)) }
  };
}
function renderOutside(outside) {
  if (!outside) return renderMonitoring(null);
  const checks = renderCommitChecks(outside.checks);
  return [
    renderMonitoring(outside.monitoring),
    checks ? `**External checks on the release commits**

${checks}` : ""
  ].filter(Boolean).join("\n\n");
}
function discussionVariables(input) {
  const { config, data, metrics, state } = input;
  return {
    title: discussionTitle(config, state.tag),
    tag: state.tag,
    tags: trainTags2(data),
    repository: data.repository,
    release: data.train.release,
    hotfixes: data.train.hotfixes,
    previousRelease: data.train.previous,
    purpose: purpose(data),
    primeDirective: PRIME_DIRECTIVE,
    agenda: planAgenda(config.agenda, config.meeting.minutes),
    survey: config.survey,
    maxActionItems: config.maxActionItems,
    openedAt: formatTime(state.openedAt),
    data,
    metrics,
    previous: input.previous,
    config,
    helpers: { escapeInline, link, mention, table, formatTime, formatDuration, clock }
  };
}
function renderDiscussion(input, template = null, limit = OPEN_BODY_BUDGET) {
  const body = renderFitted(
    template?.text ?? BUNDLED_TEMPLATES.discussion,
    discussionVariables(input),
    discussionBlocks(input),
    {
      source: template?.source ?? "templates/discussion.md.ejs",
      limit: Math.min(limit, GITHUB_BODY_LIMIT),
      tail: encodeState(input.state)
    }
  );
  return { title: discussionTitle(input.config, input.state.tag), body };
}
function renderSurveyComment(prompt, context) {
  return `${renderTemplate(
    BUNDLED_TEMPLATES.surveyComment,
    { prompt, marker: surveyMarker(prompt.id), ...context },
    "templates/survey-comment.md.ejs"
  ).trim()}
`;
}

// src/render/summary.ts
function renderRetroSummary(input, status, discussion) {
  const blocks = discussionBlocks(input);
  const title = discussionTitle(input.config, input.state.tag);
  return renderTemplate(
    BUNDLED_TEMPLATES.summary,
    {
      title,
      tag: input.state.tag,
      status,
      discussionLink: discussion ? link(`#${discussion.number} ${title}`, discussion.url) : "",
      blocks: Object.fromEntries(Object.entries(blocks).map(([id, block]) => [id, block.text]))
    },
    "templates/summary.md.ejs"
  ).trim();
}
function renderWaiting(waiting) {
  if (waiting.length === 0) return "";
  return [
    "### Not ready for a retrospective yet",
    "",
    table(
      ["Release", "Why not yet", "Ready"],
      waiting.map((w) => [
        link(w.tag, w.url, { maxLength: 60 }),
        escapeInline(w.reason, { maxLength: 300 }),
        w.readyAt ? `from ${formatTime(w.readyAt)}` : "when the blocking issue is resolved"
      ])
    )
  ].join("\n");
}

// src/collect/commit-checks.ts
var STATUSES = { name: "commit statuses", permission: "statuses: read" };
var CHECK_RUNS = { name: "check runs", permission: "checks: read" };
var ACTIONS_APP = "github-actions";
async function statusesOf(github, repo, tag) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/commits/{ref}/status", {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    per_page: 100
  });
  return data.statuses.map((s) => ({
    tag,
    kind: "status",
    name: s.context,
    // The combined status does not say who posted it; the context names the monitor.
    source: null,
    state: s.state,
    description: s.description ?? null,
    url: s.target_url ?? null,
    at: s.updated_at
  }));
}
async function checkRunsOf(github, repo, tag) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    filter: "latest",
    per_page: 100
  });
  return data.check_runs.filter((run) => run.app?.slug !== ACTIONS_APP).map((run) => ({
    tag,
    kind: "check-run",
    name: run.name,
    source: run.app?.name ?? null,
    state: run.conclusion ?? run.status,
    description: run.output?.title ?? null,
    url: run.details_url || run.html_url || null,
    at: run.completed_at ?? run.started_at ?? null
  }));
}
async function collectCommitChecks(github, repo, tags, wanted) {
  const perTag = (read) => Promise.all(tags.map(read)).then((lists) => ({ status: "ok", data: lists.flat() }));
  const [statuses, checkRuns] = await Promise.all([
    wanted.statuses ? section(STATUSES, () => perTag((tag) => statusesOf(github, repo, tag))) : null,
    wanted.checkRuns ? section(CHECK_RUNS, () => perTag((tag) => checkRunsOf(github, repo, tag))) : null
  ]);
  return { statuses, checkRuns };
}

// src/github/graphql/ReleaseVoice.graphql
var ReleaseVoice_default = `# The users' voice in one request: the discussions opened in the observation period (the collector keeps those
# in the configured categories), the repository's categories (to report a configured one that does not exist),
# and the issues opened in the period (the collector keeps those that mention the release). Both searches take
# GitHub's \`created:\` range with times ("Searching discussions", "Searching issues and pull requests": Query by
# date), at most 100 results here; the counts say when there were more. Reactions are summed from reactionGroups.
query ReleaseVoice(
  $owner: String!
  $name: String!
  $discussionQuery: String!
  $issueQuery: String!
  $withDiscussions: Boolean!
  $withIssues: Boolean!
) {
  repository(owner: $owner, name: $name) @include(if: $withDiscussions) {
    discussionCategories(first: 25) {
      nodes {
        name
        slug
      }
    }
  }
  discussions: search(type: DISCUSSION, query: $discussionQuery, first: 100) @include(if: $withDiscussions) {
    discussionCount
    nodes {
      ... on Discussion {
        number
        title
        url
        createdAt
        author {
          login
        }
        category {
          name
          slug
        }
        comments {
          totalCount
        }
        reactionGroups {
          content
          reactors(first: 1) {
            totalCount
          }
        }
      }
    }
  }
  issues: search(type: ISSUE, query: $issueQuery, first: 100) @include(if: $withIssues) {
    issueCount
    nodes {
      ... on Issue {
        number
        title
        body
        url
        createdAt
        author {
          login
        }
        comments {
          totalCount
        }
        reactionGroups {
          content
          reactors(first: 1) {
            totalCount
          }
        }
      }
    }
  }
}
`;

// src/collect/voice.ts
var VOICE = {
  name: "the users' voice (discussions and issues)",
  permission: "discussions: read, issues: read"
};
var reactionsOf = (item) => (item.reactionGroups ?? []).reduce((sum, g) => sum + g.reactors.totalCount, 0);
var searchTime = (iso2) => new Date(iso2).toISOString().replace(/\.\d{3}Z$/, "Z");
function voiceQueries(repo, window) {
  const scope = `repo:${repo.owner}/${repo.name} created:${searchTime(window.from)}..${searchTime(window.to)} sort:created-desc`;
  return { discussionQuery: scope, issueQuery: `${scope} is:issue` };
}
function fetchVoice(github, repo, options) {
  const withDiscussions = options.categories.length > 0;
  if (!withDiscussions && !options.mentioningIssues) return null;
  return section(VOICE, async () => ({
    status: "ok",
    data: await github.graphql(ReleaseVoice_default, {
      owner: repo.owner,
      name: repo.name,
      ...voiceQueries(repo, options.window),
      withDiscussions,
      withIssues: options.mentioningIssues
    })
  }));
}
var matchesCategory = (wanted, category) => wanted.toLowerCase() === category.slug.toLowerCase() || wanted.toLowerCase() === category.name.toLowerCase();
function readVoiceMentions(raw) {
  if (raw.status !== "ok") return;
  for (const issue of raw.data.issues?.nodes ?? [])
    if (typeof issue.number === "number") issueMentions(issue);
}
function voiceFrom(raw, options, targets) {
  if (raw.status !== "ok") return raw;
  const inWindow = (at) => at >= options.window.from && at <= options.window.to;
  const withDiscussions = options.categories.length > 0;
  const categories = raw.data.repository?.discussionCategories.nodes ?? [];
  const discussionNodes = (raw.data.discussions?.nodes ?? []).filter((d) => typeof d.number === "number");
  const discussions = discussionNodes.filter((d) => d.category && options.categories.some((c) => matchesCategory(c, d.category))).filter((d) => inWindow(d.createdAt)).map(
    (d) => ({
      kind: "discussion",
      number: d.number,
      title: d.title,
      url: d.url,
      author: d.author?.login ?? null,
      createdAt: d.createdAt,
      category: d.category?.name ?? null,
      reactions: reactionsOf(d),
      comments: d.comments.totalCount,
      linkedBy: []
    })
  );
  const issueNodes = (raw.data.issues?.nodes ?? []).filter((i) => typeof i.number === "number");
  const issues = issueNodes.flatMap((i) => {
    const linkedBy = evidenceFor(issueMentions(i), targets);
    if (linkedBy.length === 0 || !inWindow(i.createdAt)) return [];
    return [
      {
        kind: "issue",
        number: i.number,
        title: i.title,
        url: i.url,
        author: i.author?.login ?? null,
        createdAt: i.createdAt,
        category: null,
        reactions: reactionsOf(i),
        comments: i.comments.totalCount,
        linkedBy
      }
    ];
  });
  return {
    status: "ok",
    data: {
      window: options.window,
      categories: withDiscussions ? [...options.categories] : null,
      discussions,
      missingCategories: withDiscussions ? options.categories.filter((c) => !categories.some((cat) => matchesCategory(c, cat))) : [],
      discussionsInWindow: raw.data.discussions?.discussionCount ?? 0,
      discussionsRead: discussionNodes.length,
      withIssues: options.mentioningIssues,
      issues,
      issuesInWindow: raw.data.issues?.issueCount ?? 0,
      issuesRead: issueNodes.length
    }
  };
}

// src/monitoring/read.ts
var import_promises2 = __toESM(require_promises2(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/monitoring/schema.ts
var text = (max) => string().trim().min(1).max(max);
var httpUrl = string().max(2e3).regex(/^https?:\/\/[^\s]+$/, "must be an http(s) URL");
var instant = iso_exports.datetime({
  offset: true,
  message: "must be an ISO 8601 time with a zone, like 2026-03-16T09:00:00Z"
});
var timeRange = strictObject({
  from: instant.describe("Start of the measured period."),
  to: instant.describe("End of the measured period.")
}).refine((range) => Date.parse(range.from) <= Date.parse(range.to), {
  message: "must not end before it starts"
}).describe("The period the value or series covers.");
var common = {
  name: text(100).describe('What is measured, e.g. "Error rate (5xx)".'),
  unit: text(30).describe('Unit of every value, e.g. "%", "ms", "requests/s", "alerts".'),
  range: timeRange.optional(),
  link: httpUrl.optional().describe("Where a person can check the numbers (dashboard, query, incident)."),
  source: text(60).optional().describe('The monitoring system, e.g. "Datadog".'),
  note: text(300).optional().describe("One line of context.")
};
var figure = strictObject({
  ...common,
  value: number().describe("The measured value, in `unit`."),
  baseline: number().optional().describe("The same figure before the release, in `unit`, for comparison.")
}).describe("One number, e.g. the p95 latency over the observation window.");
var point = strictObject({
  at: instant.describe("When the value was measured."),
  value: number()
});
var series = strictObject({
  ...common,
  points: array(point).min(1).max(1e3).describe("Values over time; the discussion charts them.")
}).describe("Values over time, e.g. the error rate per hour after the release.");
var monitoringSchema = strictObject({
  $schema: string().optional().describe("The JSON Schema URL, for editors."),
  figures: array(figure).max(50).default([]),
  series: array(series).max(20).default([]),
  links: array(strictObject({ label: text(100), url: httpUrl })).max(20).default([]).describe("Dashboards and reports worth opening during the retrospective.")
}).refine((file) => file.figures.length + file.series.length + file.links.length > 0, {
  message: "holds no figures, series or links"
});

// src/monitoring/read.ts
var HINT = "Fix the file written by the monitoring step (its format is schema/monitoring.schema.json, described in docs/retrospective-guide.md).";
function unavailable2(reason) {
  return { status: "unavailable", reason, hint: HINT };
}
function parseMonitoring(raw, source) {
  const parsed = monitoringSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", data: parsed.data };
  const problems = explainIssues(parsed.error, monitoringSchema, raw);
  return unavailable2(`${source} is not valid monitoring data: ${problems.join(" ")}`);
}
async function readMonitoring(path, workspace) {
  const full = (0, import_node_path.isAbsolute)(path) ? path : (0, import_node_path.resolve)(workspace, path);
  let text2;
  try {
    text2 = await (0, import_promises2.readFile)(full, "utf8");
  } catch (error) {
    const code = error.code;
    return unavailable2(
      code === "ENOENT" ? `The monitoring file ${path} does not exist in the workspace: did the step that writes it run before this one?` : `The monitoring file ${path} could not be read (${code ?? String(error)}).`
    );
  }
  let raw;
  try {
    raw = (0, import_yaml.parse)(text2, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return unavailable2(`${path} is neither valid JSON nor YAML: ${message}`);
  }
  return parseMonitoring(raw, path);
}

// src/retro/open/outside.ts
async function collectOutside(ctx, train, releaseData) {
  const path = ctx.monitoringPath;
  const voiceOptions = {
    categories: ctx.config.voice.discussionCategories,
    mentioningIssues: ctx.config.voice.mentioningIssues,
    window: observationWindow(train, ctx.now, ctx.config.maturity.hours)
  };
  const [monitoring, checks, rawVoice] = await Promise.all([
    path ? readMonitoring(path, ctx.workspace) : Promise.resolve(null),
    collectCommitChecks(ctx.github, ctx.repo, trainTags(train), ctx.config.externalChecks),
    fetchVoice(ctx.github, ctx.repo, voiceOptions)
  ]);
  if (monitoring?.status === "unavailable") {
    ctx.log.warning(`Monitoring data left out: ${monitoring.reason}`);
  }
  if (!rawVoice) return { monitoring, checks, voice: null };
  readVoiceMentions(rawVoice);
  const { changes } = await releaseData;
  const voice = voiceFrom(rawVoice, voiceOptions, {
    releases: trainReleases(train),
    pullRequests: changes.status === "ok" ? changes.data.pullRequests : [],
    commits: changes.status === "ok" ? changes.data.commits : []
  });
  if (voice.status === "unavailable") ctx.log.warning(`The users' voice is left out: ${voice.reason}`);
  return { monitoring, checks, voice };
}

// src/retro/open/previous.ts
function isOf(retro, train) {
  const tags = [train.release.tag, ...train.hotfixes.map((h) => h.tag)];
  return tags.includes(retro.state.tag) || retro.state.tags.some((t) => tags.includes(t));
}
function previousRetro(index, train, now) {
  if (train.previous) {
    const byTag = findByTag(index, train.previous.tag);
    if (byTag && !isOf(byTag, train)) return byTag;
  }
  const earlier = index.retrospectives.filter((r) => !isOf(r, train) && Date.parse(r.state.openedAt) <= now.getTime()).sort((a, b) => Date.parse(b.state.openedAt) - Date.parse(a.state.openedAt));
  return earlier[0] ?? null;
}
function metricsHistory(index, train, previous) {
  if (!previous) return [];
  const before = index.retrospectives.filter((r) => r !== previous && !isOf(r, train) && r.state.openedAt <= previous.state.openedAt).sort((a, b) => Date.parse(a.state.openedAt) - Date.parse(b.state.openedAt));
  return [...before, previous].map((r) => ({
    tag: r.state.tag,
    metrics: r.state.metrics
  }));
}
async function followUps(ctx, retro) {
  if (!retro) return null;
  return {
    tag: retro.state.tag,
    url: retro.discussion.url,
    number: retro.discussion.number,
    followUps: await previousItemsStatus(ctx, retro.state)
  };
}

// src/retro/open/survey.ts
function missingPrompts(config, state) {
  return config.survey.filter((prompt) => !state.surveyThreads[prompt.id]);
}
async function ensureSurveyThreads(ctx, target, options) {
  const missing = missingPrompts(ctx.config, target.state);
  const threads = { ...target.state.surveyThreads };
  if (missing.length === 0) return { created: [], adopted: [], threads };
  const ours = /* @__PURE__ */ new Map();
  if (!options.fresh) {
    const actor = await ctx.actor();
    for (const comment of await listDiscussionComments(ctx.github, target.id)) {
      if (comment.replyTo !== null || !isBy(comment.authorId, actor)) continue;
      const id = surveyMarkerId(comment.body);
      if (id && !ours.has(id)) ours.set(id, comment.id);
    }
  }
  const created = [];
  const adopted = [];
  const total = ctx.config.survey.length;
  for (const prompt of missing) {
    const existing = ours.get(prompt.id);
    if (existing) {
      threads[prompt.id] = existing;
      adopted.push(prompt.id);
      continue;
    }
    const comment = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label: `discussion #${target.number} (survey: ${prompt.id})`,
      body: renderSurveyComment(prompt, { tag: target.tag, index: ctx.config.survey.indexOf(prompt), total })
    });
    threads[prompt.id] = comment.id;
    created.push(prompt.id);
  }
  if (!ctx.writes.dryRun) await recordThreads(ctx, target, threads);
  return { created, adopted, threads };
}
async function recordThreads(ctx, target, threads) {
  const current = await getDiscussion(ctx.github, ctx.repo, target.number);
  if (!current)
    throw new Error(`Discussion #${target.number} disappeared while its survey threads were being created.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? target.state;
  const merged = { ...state, surveyThreads: { ...state.surveyThreads, ...threads } };
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: target.id,
    label: `discussion #${target.number}`,
    body: withState(current.body, merged)
  });
}

// src/retro/open/index.ts
var HOUR_MS4 = 36e5;
var DAY_MS3 = 24 * HOUR_MS4;
function collectContext(ctx) {
  return { github: ctx.github, repo: ctx.repo, config: ctx.config, now: ctx.now, log: ctx.log };
}
function findRetro(index, train) {
  for (const tag of trainTags(train)) {
    const found = findByTag(index, tag);
    if (found) return found;
  }
  return void 0;
}
function metricsOutput(metrics) {
  const out = {};
  for (const m of Object.values(metrics)) {
    out[m.key] = m.measured ? {
      value: m.value,
      unit: m.unit,
      display: m.display,
      window: m.window,
      band: m.band,
      bandSample: m.bandSample,
      confidence: m.confidence,
      trend: m.trend?.direction ?? null
    } : { value: null, reason: m.reason };
  }
  return JSON.stringify(out);
}
function retroOutputs(tag, discussion, metrics) {
  return {
    "release-tag": tag,
    "discussion-url": discussion && discussion.number > 0 ? discussion.url : "",
    "discussion-number": discussion && discussion.number > 0 ? String(discussion.number) : "",
    ...metrics ? { metrics: metricsOutput(metrics) } : {}
  };
}
var MAX_KEPT_PARTICIPANTS = 200;
async function prepare(ctx, retroIndex, train) {
  const releaseData = collectReleaseData(collectContext(ctx), train);
  const [data, outside, template, actor, index] = await Promise.all([
    releaseData,
    collectOutside(ctx, train, releaseData),
    readUserTemplate(ctx, "discussion"),
    ctx.actor(),
    retroIndex
  ]);
  warnUnavailable(ctx, data);
  const previous = index ? previousRetro(index, train, ctx.now) : null;
  const history = index ? metricsHistory(index, train, previous) : [];
  const metrics = computeMetrics(data, history);
  const snapshot = Object.fromEntries(
    Object.entries(snapshotOf(metrics)).filter((e) => typeof e[1] === "number")
  );
  const openedAt = ctx.now.toISOString();
  const state = initialState({
    tag: train.release.tag,
    tags: trainTags(train),
    previousTag: train.previous?.tag ?? null,
    openedAt,
    metrics: snapshot,
    meeting: initialMeeting(ctx.config, openedAt, { participants: data.participants, actor: actor.login })
  });
  state.story = renderStory(data, metrics);
  state.releaseParticipants = data.participants.slice(0, MAX_KEPT_PARTICIPANTS);
  const input = {
    config: ctx.config,
    data,
    metrics,
    previous: await followUps(ctx, previous),
    state,
    actor: actor.login,
    outside,
    history
  };
  const { title, body } = renderDiscussion(input, template);
  return { input, title, body };
}
var SECTION_NAMES = {
  changes: "commits and pull requests",
  deployments: "deployments",
  workflowRuns: "workflow runs",
  incidents: "incidents",
  bugs: "bugs",
  feedback: "feedback"
};
function warnUnavailable(ctx, data) {
  for (const [key, name] of Object.entries(SECTION_NAMES)) {
    const section2 = data[key];
    if (section2.status !== "unavailable") continue;
    const fix = section2.permission ? ` ${permissionAdvice(section2.permission)}` : "";
    ctx.log.warning(
      `The ${name} section is unavailable: ${section2.reason}.${fix}${section2.hint ? ` ${section2.hint}` : ""}`
    );
  }
}
async function openTrain(ctx, index, train, started) {
  const tag = train.release.tag;
  const prepared = await (started ?? prepare(ctx, index, train));
  const { maturity } = prepared.input.data;
  if (!maturity.matured) {
    const waiting = maturity.gates.filter((g) => !g.passed).map((g) => g.reason);
    ctx.log.info(
      `${tag} has not matured yet (${waiting.join(" ")}); opening it now because its tag was given.`
    );
  }
  const discussion = await createDiscussion(ctx.github, ctx.writes, {
    repo: ctx.repo,
    repositoryId: index.setup.repositoryId,
    categoryId: index.category.id,
    title: prepared.title,
    body: prepared.body
  });
  const survey = await ensureSurveyThreads(
    ctx,
    { id: discussion.id, number: discussion.number, tag, state: prepared.input.state },
    { fresh: true }
  );
  await ensureMeetingThread(
    ctx,
    { id: discussion.id, number: discussion.number, state: prepared.input.state },
    { fresh: true }
  );
  const status = ctx.writes.dryRun ? "dry-run" : "opened";
  if (ctx.writes.dryRun) {
    ctx.log.info(
      `[dry-run] The ${tag} retrospective would be opened in "${index.category.name}" with ${survey.created.length} survey threads.`
    );
  } else {
    notice(
      ctx.log,
      `Opened the ${tag} retrospective: ${discussion.url} (${survey.created.length} survey threads).`
    );
  }
  return {
    discussion,
    result: {
      outputs: retroOutputs(tag, discussion, prepared.input.metrics),
      summary: renderRetroSummary(prepared.input, status, ctx.writes.dryRun ? null : discussion)
    }
  };
}
async function resumeExisting(ctx, retro) {
  const { discussion, state } = retro;
  const link2 = `[#${discussion.number}](${discussion.url})`;
  let note = "Nothing new was created.";
  const meetingCreated = state.status === "open" && meetingIncomplete(state) ? await ensureMeetingThread(
    ctx,
    { id: discussion.id, number: discussion.number, state },
    { fresh: false }
  ) : 0;
  if (meetingCreated > 0) note = `Completed the meeting thread (${meetingCreated} comments).`;
  if (state.status === "open" && missingPrompts(ctx.config, state).length > 0) {
    const survey = await ensureSurveyThreads(
      ctx,
      { id: discussion.id, number: discussion.number, tag: state.tag, state },
      { fresh: false }
    );
    const parts = [
      survey.created.length > 0 ? `created ${survey.created.length} missing survey threads (${survey.created.join(", ")})` : "",
      survey.adopted.length > 0 ? `recorded ${survey.adopted.length} existing ones (${survey.adopted.join(", ")})` : ""
    ].filter(Boolean);
    note = `Completed an interrupted opening: ${parts.join("; ")}.`;
  }
  ctx.log.info(`The ${state.tag} retrospective already exists: ${discussion.url}. ${note}`);
  return {
    outputs: retroOutputs(state.tag, discussion, null),
    summary: `### ${escapeInline(discussion.title)}

The retrospective of ${escapeInline(state.tag)} is already open: ${link2}. ${note}`
  };
}
async function openRetrospective(ctx, tag) {
  const index = loadRetroIndex(ctx);
  const train = listReleases(ctx.github, ctx.repo, ctx.config, ctx.now).then(
    (releases) => findTrain(releases, tag, ctx.config)
  );
  const prepared = train.then((found2) => prepare(ctx, index, found2));
  for (const p of [index, train, prepared]) p.catch(() => void 0);
  const known = await index;
  const byTag = findByTag(known, tag);
  if (byTag) return resumeExisting(ctx, byTag);
  const found = await train;
  const existing = findRetro(known, found);
  if (existing) return resumeExisting(ctx, existing);
  return (await openTrain(ctx, known, found, prepared)).result;
}
function waitingOf(item) {
  const failing = item.maturity.gates.filter((g) => !g.passed);
  const times = failing.map((g) => g.passesAt);
  const readyAt = times.every((t) => t !== null) ? new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString() : null;
  return {
    tag: item.train.release.tag,
    url: item.train.release.url,
    reason: failing.map((g) => g.reason).join(" "),
    readyAt: failing.length > 0 ? readyAt : null
  };
}
function staleSince(item, ctx) {
  const age = item.maturity.gates.find((g) => g.name === "age");
  const maturedAt = age?.passesAt ? Date.parse(age.passesAt) : Date.parse(item.train.last.publishedAt);
  const limitMs = Math.max(1, ctx.config.finalizeAfterDays) * DAY_MS3;
  return ctx.now.getTime() - maturedAt > limitMs ? maturedAt : null;
}
async function openMaturedRetrospectives(ctx, retroIndex = loadRetroIndex(ctx)) {
  retroIndex.catch(() => void 0);
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const trains = await findMaturedTrains(collectContext(ctx), { releases });
  const index = await retroIndex;
  const opened = [];
  const resumed = [];
  const waiting = [];
  const stale = [];
  const failures = [];
  for (const item of trains) {
    const tag = item.train.release.tag;
    const existing = findRetro(index, item.train);
    if (existing) {
      if (existing.state.status === "open" && (missingPrompts(ctx.config, existing.state).length > 0 || meetingIncomplete(existing.state))) {
        resumed.push(await resumeExisting(ctx, existing));
      } else {
        ctx.log.debug(`${tag}: the retrospective exists (${existing.discussion.url}).`);
      }
      continue;
    }
    if (!item.maturity.matured) {
      const w = waitingOf(item);
      waiting.push(w);
      ctx.log.info(
        `${tag}: not ready for its retrospective yet. ${w.reason} ${w.readyAt ? `It opens on the first scheduled run after ${formatTime(w.readyAt)}.` : "It opens once that is resolved."}`
      );
      continue;
    }
    const staleAt = staleSince(item, ctx);
    if (staleAt !== null) {
      stale.push(tag);
      ctx.log.info(
        `${tag}: matured ${formatTime(new Date(staleAt))}, more than finalize-after-days (${ctx.config.finalizeAfterDays}) ago; not opened automatically. Run with the tag input to open it anyway.`
      );
      continue;
    }
    try {
      opened.push(await openTrain(ctx, index, item.train));
    } catch (error) {
      failures.push(`${tag}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const last = opened.at(-1);
  const summaryParts = [
    ...opened.map((o) => o.result.summary),
    ...resumed.map((r) => r.summary),
    renderWaiting(waiting)
  ];
  if (opened.length === 0 && resumed.length === 0 && failures.length === 0) {
    const next = waiting.map((w) => w.readyAt).filter((t) => t !== null).sort()[0];
    summaryParts.unshift(
      `### No retrospective opened

${waiting.length > 0 ? `No release has matured yet${next ? `; the next one is ready from ${formatTime(next)}` : ""}.` : "Every matured release already has its retrospective."}`
    );
    ctx.log.info(
      waiting.length > 0 ? `No retrospective opened: no release has matured yet${next ? `; the next opens after ${formatTime(next)}` : ""}.` : "No retrospective opened: every matured release already has one."
    );
  }
  if (stale.length > 0) {
    summaryParts.push(
      `_Not opened automatically because they matured more than ${ctx.config.finalizeAfterDays} days ago: ${stale.join(", ")}. Run with the \`tag\` input to open one._`
    );
  }
  const result = {
    outputs: last ? last.result.outputs : {},
    summary: summaryParts.filter(Boolean).join("\n\n")
  };
  if (failures.length > 0) {
    throw Object.assign(
      new GitHubActionError(`Some retrospectives could not be opened:
${failures.join("\n")}`),
      {
        partial: result
      }
    );
  }
  return result;
}
async function previewRetrospective(ctx, tag) {
  const index = loadRetroIndex(ctx).catch((error) => {
    if (!(error instanceof GitHubActionError)) throw error;
    ctx.log.warning(`${error.message} The preview goes on without the previous retrospective.`);
    return null;
  });
  index.catch(() => void 0);
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const train = findTrain(releases, tag, ctx.config);
  const prepared = await prepare(ctx, index, train);
  const known = await index;
  const existing = known ? findRetro(known, train) : void 0;
  if (existing)
    ctx.log.warning(`The ${train.release.tag} retrospective already exists: ${existing.discussion.url}`);
  const comments = ctx.config.survey.map(
    (prompt, i) => renderSurveyComment(prompt, { tag: train.release.tag, index: i, total: ctx.config.survey.length })
  );
  const markdown = [
    `# ${prepared.title}`,
    "",
    prepared.body.trimEnd(),
    "",
    ...comments.flatMap((c, i) => [
      `<!-- survey comment ${i + 1} of ${comments.length} -->`,
      "",
      c.trimEnd(),
      ""
    ])
  ].join("\n");
  ctx.log.info(markdown);
  return {
    outputs: retroOutputs(train.release.tag, existing?.discussion ?? null, prepared.input.metrics),
    summary: markdown
  };
}
export {
  metricsOutput,
  openMaturedRetrospectives,
  openRetrospective,
  previewRetrospective,
  waitingOf
};
