import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CANONICAL_UNITS,
  METRIC_NAMES,
  SNAPSHOT_KEYS,
  snapshotValue
} from "./chunk-RFVHL4XS.js";
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  formatDate,
  learningLine
} from "./chunk-XL6PSVN2.js";
import {
  formatValue
} from "./chunk-LWXJGNMQ.js";
import {
  GITHUB_BODY_LIMIT,
  escapeBlock,
  escapeInline,
  fitToLimit,
  isGitHubLogin,
  link,
  mention,
  quietMention,
  table
} from "./chunk-TJI3AFGO.js";
import {
  versionOf
} from "./chunk-36SB4XHL.js";
import {
  isBy,
  thumbsUp
} from "./chunk-ZCQLGQEF.js";
import {
  explainPermission,
  isNotFound,
  statusOf
} from "./chunk-D36BQLDK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/ejs/lib/utils.js
var require_utils = __commonJS({
  "node_modules/ejs/lib/utils.js"(exports) {
    "use strict";
    var regExpChars = /[|\\{}()[\]^$+*?.]/g;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var hasOwn = function(obj, key) {
      return hasOwnProperty.apply(obj, [key]);
    };
    exports.escapeRegExpChars = function(string) {
      if (!string) {
        return "";
      }
      return String(string).replace(regExpChars, "\\$&");
    };
    var _ENCODE_HTML_RULES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&#34;",
      "'": "&#39;"
    };
    var _MATCH_HTML = /[&<>'"]/g;
    function encode_char(c) {
      return _ENCODE_HTML_RULES[c] || c;
    }
    var escapeFuncStr = `var _ENCODE_HTML_RULES = {
      "&": "&amp;"
    , "<": "&lt;"
    , ">": "&gt;"
    , '"': "&#34;"
    , "'": "&#39;"
    }
  , _MATCH_HTML = /[&<>'"]/g;
function encode_char(c) {
  return _ENCODE_HTML_RULES[c] || c;
};
`;
    exports.escapeXML = function(markup) {
      return markup == void 0 ? "" : String(markup).replace(_MATCH_HTML, encode_char);
    };
    function escapeXMLToString() {
      return Function.prototype.toString.call(this) + ";\n" + escapeFuncStr;
    }
    try {
      if (typeof Object.defineProperty === "function") {
        Object.defineProperty(exports.escapeXML, "toString", { value: escapeXMLToString });
      } else {
        exports.escapeXML.toString = escapeXMLToString;
      }
    } catch (err) {
      console.warn("Unable to set escapeXML.toString (is the Function prototype frozen?)");
    }
    exports.shallowCopy = function(to, from) {
      from = from || {};
      if (to !== null && to !== void 0) {
        for (var p in from) {
          if (!hasOwn(from, p)) {
            continue;
          }
          if (p === "__proto__" || p === "constructor") {
            continue;
          }
          to[p] = from[p];
        }
      }
      return to;
    };
    exports.shallowCopyFromList = function(to, from, list) {
      list = list || [];
      from = from || {};
      if (to !== null && to !== void 0) {
        for (var i = 0; i < list.length; i++) {
          var p = list[i];
          if (typeof from[p] != "undefined") {
            if (!hasOwn(from, p)) {
              continue;
            }
            if (p === "__proto__" || p === "constructor") {
              continue;
            }
            to[p] = from[p];
          }
        }
      }
      return to;
    };
    exports.cache = {
      _data: {},
      set: function(key, val) {
        this._data[key] = val;
      },
      get: function(key) {
        return this._data[key];
      },
      remove: function(key) {
        delete this._data[key];
      },
      reset: function() {
        this._data = {};
      }
    };
    exports.hyphenToCamel = function(str) {
      return str.replace(/-[a-z]/g, function(match) {
        return match[1].toUpperCase();
      });
    };
    exports.createNullProtoObjWherePossible = (function() {
      if (typeof Object.create == "function") {
        return function() {
          return /* @__PURE__ */ Object.create(null);
        };
      }
      if (!({ __proto__: null } instanceof Object)) {
        return function() {
          return { __proto__: null };
        };
      }
      return function() {
        return {};
      };
    })();
    exports.hasOwnOnlyObject = function(obj) {
      var o = exports.createNullProtoObjWherePossible();
      for (var p in obj) {
        if (hasOwn(obj, p)) {
          o[p] = obj[p];
        }
      }
      return o;
    };
  }
});

// node_modules/ejs/package.json
var require_package = __commonJS({
  "node_modules/ejs/package.json"(exports, module) {
    module.exports = {
      name: "ejs",
      description: "Embedded JavaScript templates",
      keywords: [
        "template",
        "engine",
        "ejs"
      ],
      version: "3.1.10",
      author: "Matthew Eernisse <mde@fleegix.org> (http://fleegix.org)",
      license: "Apache-2.0",
      bin: {
        ejs: "./bin/cli.js"
      },
      main: "./lib/ejs.js",
      jsdelivr: "ejs.min.js",
      unpkg: "ejs.min.js",
      repository: {
        type: "git",
        url: "git://github.com/mde/ejs.git"
      },
      bugs: "https://github.com/mde/ejs/issues",
      homepage: "https://github.com/mde/ejs",
      dependencies: {
        jake: "^10.8.5"
      },
      devDependencies: {
        browserify: "^16.5.1",
        eslint: "^6.8.0",
        "git-directory-deploy": "^1.5.1",
        jsdoc: "^4.0.2",
        "lru-cache": "^4.0.1",
        mocha: "^10.2.0",
        "uglify-js": "^3.3.16"
      },
      engines: {
        node: ">=0.10.0"
      },
      scripts: {
        test: "npx jake test"
      }
    };
  }
});

// node_modules/ejs/lib/ejs.js
var require_ejs = __commonJS({
  "node_modules/ejs/lib/ejs.js"(exports) {
    "use strict";
    var fs = __require("fs");
    var path = __require("path");
    var utils = require_utils();
    var scopeOptionWarned = false;
    var _VERSION_STRING = require_package().version;
    var _DEFAULT_OPEN_DELIMITER = "<";
    var _DEFAULT_CLOSE_DELIMITER = ">";
    var _DEFAULT_DELIMITER = "%";
    var _DEFAULT_LOCALS_NAME = "locals";
    var _NAME = "ejs";
    var _REGEX_STRING = "(<%%|%%>|<%=|<%-|<%_|<%#|<%|%>|-%>|_%>)";
    var _OPTS_PASSABLE_WITH_DATA = [
      "delimiter",
      "scope",
      "context",
      "debug",
      "compileDebug",
      "client",
      "_with",
      "rmWhitespace",
      "strict",
      "filename",
      "async"
    ];
    var _OPTS_PASSABLE_WITH_DATA_EXPRESS = _OPTS_PASSABLE_WITH_DATA.concat("cache");
    var _BOM = /^\uFEFF/;
    var _JS_IDENTIFIER = /^[a-zA-Z_$][0-9a-zA-Z_$]*$/;
    exports.cache = utils.cache;
    exports.fileLoader = fs.readFileSync;
    exports.localsName = _DEFAULT_LOCALS_NAME;
    exports.promiseImpl = new Function("return this;")().Promise;
    exports.resolveInclude = function(name, filename, isDir) {
      var dirname = path.dirname;
      var extname = path.extname;
      var resolve = path.resolve;
      var includePath = resolve(isDir ? filename : dirname(filename), name);
      var ext = extname(name);
      if (!ext) {
        includePath += ".ejs";
      }
      return includePath;
    };
    function resolvePaths(name, paths) {
      var filePath;
      if (paths.some(function(v) {
        filePath = exports.resolveInclude(name, v, true);
        return fs.existsSync(filePath);
      })) {
        return filePath;
      }
    }
    function getIncludePath(path2, options) {
      var includePath;
      var filePath;
      var views = options.views;
      var match = /^[A-Za-z]+:\\|^\//.exec(path2);
      if (match && match.length) {
        path2 = path2.replace(/^\/*/, "");
        if (Array.isArray(options.root)) {
          includePath = resolvePaths(path2, options.root);
        } else {
          includePath = exports.resolveInclude(path2, options.root || "/", true);
        }
      } else {
        if (options.filename) {
          filePath = exports.resolveInclude(path2, options.filename);
          if (fs.existsSync(filePath)) {
            includePath = filePath;
          }
        }
        if (!includePath && Array.isArray(views)) {
          includePath = resolvePaths(path2, views);
        }
        if (!includePath && typeof options.includer !== "function") {
          throw new Error('Could not find the include file "' + options.escapeFunction(path2) + '"');
        }
      }
      return includePath;
    }
    function handleCache(options, template) {
      var func;
      var filename = options.filename;
      var hasTemplate = arguments.length > 1;
      if (options.cache) {
        if (!filename) {
          throw new Error("cache option requires a filename");
        }
        func = exports.cache.get(filename);
        if (func) {
          return func;
        }
        if (!hasTemplate) {
          template = fileLoader(filename).toString().replace(_BOM, "");
        }
      } else if (!hasTemplate) {
        if (!filename) {
          throw new Error("Internal EJS error: no file name or template provided");
        }
        template = fileLoader(filename).toString().replace(_BOM, "");
      }
      func = exports.compile(template, options);
      if (options.cache) {
        exports.cache.set(filename, func);
      }
      return func;
    }
    function tryHandleCache(options, data, cb) {
      var result;
      if (!cb) {
        if (typeof exports.promiseImpl == "function") {
          return new exports.promiseImpl(function(resolve, reject) {
            try {
              result = handleCache(options)(data);
              resolve(result);
            } catch (err) {
              reject(err);
            }
          });
        } else {
          throw new Error("Please provide a callback function");
        }
      } else {
        try {
          result = handleCache(options)(data);
        } catch (err) {
          return cb(err);
        }
        cb(null, result);
      }
    }
    function fileLoader(filePath) {
      return exports.fileLoader(filePath);
    }
    function includeFile(path2, options) {
      var opts = utils.shallowCopy(utils.createNullProtoObjWherePossible(), options);
      opts.filename = getIncludePath(path2, opts);
      if (typeof options.includer === "function") {
        var includerResult = options.includer(path2, opts.filename);
        if (includerResult) {
          if (includerResult.filename) {
            opts.filename = includerResult.filename;
          }
          if (includerResult.template) {
            return handleCache(opts, includerResult.template);
          }
        }
      }
      return handleCache(opts);
    }
    function rethrow(err, str, flnm, lineno, esc) {
      var lines = str.split("\n");
      var start = Math.max(lineno - 3, 0);
      var end = Math.min(lines.length, lineno + 3);
      var filename = esc(flnm);
      var context = lines.slice(start, end).map(function(line, i) {
        var curr = i + start + 1;
        return (curr == lineno ? " >> " : "    ") + curr + "| " + line;
      }).join("\n");
      err.path = filename;
      err.message = (filename || "ejs") + ":" + lineno + "\n" + context + "\n\n" + err.message;
      throw err;
    }
    function stripSemi(str) {
      return str.replace(/;(\s*$)/, "$1");
    }
    exports.compile = function compile(template, opts) {
      var templ;
      if (opts && opts.scope) {
        if (!scopeOptionWarned) {
          console.warn("`scope` option is deprecated and will be removed in EJS 3");
          scopeOptionWarned = true;
        }
        if (!opts.context) {
          opts.context = opts.scope;
        }
        delete opts.scope;
      }
      templ = new Template(template, opts);
      return templ.compile();
    };
    exports.render = function(template, d, o) {
      var data = d || utils.createNullProtoObjWherePossible();
      var opts = o || utils.createNullProtoObjWherePossible();
      if (arguments.length == 2) {
        utils.shallowCopyFromList(opts, data, _OPTS_PASSABLE_WITH_DATA);
      }
      return handleCache(opts, template)(data);
    };
    exports.renderFile = function() {
      var args = Array.prototype.slice.call(arguments);
      var filename = args.shift();
      var cb;
      var opts = { filename };
      var data;
      var viewOpts;
      if (typeof arguments[arguments.length - 1] == "function") {
        cb = args.pop();
      }
      if (args.length) {
        data = args.shift();
        if (args.length) {
          utils.shallowCopy(opts, args.pop());
        } else {
          if (data.settings) {
            if (data.settings.views) {
              opts.views = data.settings.views;
            }
            if (data.settings["view cache"]) {
              opts.cache = true;
            }
            viewOpts = data.settings["view options"];
            if (viewOpts) {
              utils.shallowCopy(opts, viewOpts);
            }
          }
          utils.shallowCopyFromList(opts, data, _OPTS_PASSABLE_WITH_DATA_EXPRESS);
        }
        opts.filename = filename;
      } else {
        data = utils.createNullProtoObjWherePossible();
      }
      return tryHandleCache(opts, data, cb);
    };
    exports.Template = Template;
    exports.clearCache = function() {
      exports.cache.reset();
    };
    function Template(text, optsParam) {
      var opts = utils.hasOwnOnlyObject(optsParam);
      var options = utils.createNullProtoObjWherePossible();
      this.templateText = text;
      this.mode = null;
      this.truncate = false;
      this.currentLine = 1;
      this.source = "";
      options.client = opts.client || false;
      options.escapeFunction = opts.escape || opts.escapeFunction || utils.escapeXML;
      options.compileDebug = opts.compileDebug !== false;
      options.debug = !!opts.debug;
      options.filename = opts.filename;
      options.openDelimiter = opts.openDelimiter || exports.openDelimiter || _DEFAULT_OPEN_DELIMITER;
      options.closeDelimiter = opts.closeDelimiter || exports.closeDelimiter || _DEFAULT_CLOSE_DELIMITER;
      options.delimiter = opts.delimiter || exports.delimiter || _DEFAULT_DELIMITER;
      options.strict = opts.strict || false;
      options.context = opts.context;
      options.cache = opts.cache || false;
      options.rmWhitespace = opts.rmWhitespace;
      options.root = opts.root;
      options.includer = opts.includer;
      options.outputFunctionName = opts.outputFunctionName;
      options.localsName = opts.localsName || exports.localsName || _DEFAULT_LOCALS_NAME;
      options.views = opts.views;
      options.async = opts.async;
      options.destructuredLocals = opts.destructuredLocals;
      options.legacyInclude = typeof opts.legacyInclude != "undefined" ? !!opts.legacyInclude : true;
      if (options.strict) {
        options._with = false;
      } else {
        options._with = typeof opts._with != "undefined" ? opts._with : true;
      }
      this.opts = options;
      this.regex = this.createRegex();
    }
    Template.modes = {
      EVAL: "eval",
      ESCAPED: "escaped",
      RAW: "raw",
      COMMENT: "comment",
      LITERAL: "literal"
    };
    Template.prototype = {
      createRegex: function() {
        var str = _REGEX_STRING;
        var delim = utils.escapeRegExpChars(this.opts.delimiter);
        var open = utils.escapeRegExpChars(this.opts.openDelimiter);
        var close = utils.escapeRegExpChars(this.opts.closeDelimiter);
        str = str.replace(/%/g, delim).replace(/</g, open).replace(/>/g, close);
        return new RegExp(str);
      },
      compile: function() {
        var src;
        var fn;
        var opts = this.opts;
        var prepended = "";
        var appended = "";
        var escapeFn = opts.escapeFunction;
        var ctor;
        var sanitizedFilename = opts.filename ? JSON.stringify(opts.filename) : "undefined";
        if (!this.source) {
          this.generateSource();
          prepended += '  var __output = "";\n  function __append(s) { if (s !== undefined && s !== null) __output += s }\n';
          if (opts.outputFunctionName) {
            if (!_JS_IDENTIFIER.test(opts.outputFunctionName)) {
              throw new Error("outputFunctionName is not a valid JS identifier.");
            }
            prepended += "  var " + opts.outputFunctionName + " = __append;\n";
          }
          if (opts.localsName && !_JS_IDENTIFIER.test(opts.localsName)) {
            throw new Error("localsName is not a valid JS identifier.");
          }
          if (opts.destructuredLocals && opts.destructuredLocals.length) {
            var destructuring = "  var __locals = (" + opts.localsName + " || {}),\n";
            for (var i = 0; i < opts.destructuredLocals.length; i++) {
              var name = opts.destructuredLocals[i];
              if (!_JS_IDENTIFIER.test(name)) {
                throw new Error("destructuredLocals[" + i + "] is not a valid JS identifier.");
              }
              if (i > 0) {
                destructuring += ",\n  ";
              }
              destructuring += name + " = __locals." + name;
            }
            prepended += destructuring + ";\n";
          }
          if (opts._with !== false) {
            prepended += "  with (" + opts.localsName + " || {}) {\n";
            appended += "  }\n";
          }
          appended += "  return __output;\n";
          this.source = prepended + this.source + appended;
        }
        if (opts.compileDebug) {
          src = "var __line = 1\n  , __lines = " + JSON.stringify(this.templateText) + "\n  , __filename = " + sanitizedFilename + ";\ntry {\n" + this.source + "} catch (e) {\n  rethrow(e, __lines, __filename, __line, escapeFn);\n}\n";
        } else {
          src = this.source;
        }
        if (opts.client) {
          src = "escapeFn = escapeFn || " + escapeFn.toString() + ";\n" + src;
          if (opts.compileDebug) {
            src = "rethrow = rethrow || " + rethrow.toString() + ";\n" + src;
          }
        }
        if (opts.strict) {
          src = '"use strict";\n' + src;
        }
        if (opts.debug) {
          console.log(src);
        }
        if (opts.compileDebug && opts.filename) {
          src = src + "\n//# sourceURL=" + sanitizedFilename + "\n";
        }
        try {
          if (opts.async) {
            try {
              ctor = new Function("return (async function(){}).constructor;")();
            } catch (e) {
              if (e instanceof SyntaxError) {
                throw new Error("This environment does not support async/await");
              } else {
                throw e;
              }
            }
          } else {
            ctor = Function;
          }
          fn = new ctor(opts.localsName + ", escapeFn, include, rethrow", src);
        } catch (e) {
          if (e instanceof SyntaxError) {
            if (opts.filename) {
              e.message += " in " + opts.filename;
            }
            e.message += " while compiling ejs\n\n";
            e.message += "If the above error is not helpful, you may want to try EJS-Lint:\n";
            e.message += "https://github.com/RyanZim/EJS-Lint";
            if (!opts.async) {
              e.message += "\n";
              e.message += "Or, if you meant to create an async function, pass `async: true` as an option.";
            }
          }
          throw e;
        }
        var returnedFn = opts.client ? fn : function anonymous(data) {
          var include = function(path2, includeData) {
            var d = utils.shallowCopy(utils.createNullProtoObjWherePossible(), data);
            if (includeData) {
              d = utils.shallowCopy(d, includeData);
            }
            return includeFile(path2, opts)(d);
          };
          return fn.apply(
            opts.context,
            [data || utils.createNullProtoObjWherePossible(), escapeFn, include, rethrow]
          );
        };
        if (opts.filename && typeof Object.defineProperty === "function") {
          var filename = opts.filename;
          var basename = path.basename(filename, path.extname(filename));
          try {
            Object.defineProperty(returnedFn, "name", {
              value: basename,
              writable: false,
              enumerable: false,
              configurable: true
            });
          } catch (e) {
          }
        }
        return returnedFn;
      },
      generateSource: function() {
        var opts = this.opts;
        if (opts.rmWhitespace) {
          this.templateText = this.templateText.replace(/[\r\n]+/g, "\n").replace(/^\s+|\s+$/gm, "");
        }
        this.templateText = this.templateText.replace(/[ \t]*<%_/gm, "<%_").replace(/_%>[ \t]*/gm, "_%>");
        var self = this;
        var matches = this.parseTemplateText();
        var d = this.opts.delimiter;
        var o = this.opts.openDelimiter;
        var c = this.opts.closeDelimiter;
        if (matches && matches.length) {
          matches.forEach(function(line, index) {
            var closing;
            if (line.indexOf(o + d) === 0 && line.indexOf(o + d + d) !== 0) {
              closing = matches[index + 2];
              if (!(closing == d + c || closing == "-" + d + c || closing == "_" + d + c)) {
                throw new Error('Could not find matching close tag for "' + line + '".');
              }
            }
            self.scanLine(line);
          });
        }
      },
      parseTemplateText: function() {
        var str = this.templateText;
        var pat = this.regex;
        var result = pat.exec(str);
        var arr = [];
        var firstPos;
        while (result) {
          firstPos = result.index;
          if (firstPos !== 0) {
            arr.push(str.substring(0, firstPos));
            str = str.slice(firstPos);
          }
          arr.push(result[0]);
          str = str.slice(result[0].length);
          result = pat.exec(str);
        }
        if (str) {
          arr.push(str);
        }
        return arr;
      },
      _addOutput: function(line) {
        if (this.truncate) {
          line = line.replace(/^(?:\r\n|\r|\n)/, "");
          this.truncate = false;
        }
        if (!line) {
          return line;
        }
        line = line.replace(/\\/g, "\\\\");
        line = line.replace(/\n/g, "\\n");
        line = line.replace(/\r/g, "\\r");
        line = line.replace(/"/g, '\\"');
        this.source += '    ; __append("' + line + '")\n';
      },
      scanLine: function(line) {
        var self = this;
        var d = this.opts.delimiter;
        var o = this.opts.openDelimiter;
        var c = this.opts.closeDelimiter;
        var newLineCount = 0;
        newLineCount = line.split("\n").length - 1;
        switch (line) {
          case o + d:
          case o + d + "_":
            this.mode = Template.modes.EVAL;
            break;
          case o + d + "=":
            this.mode = Template.modes.ESCAPED;
            break;
          case o + d + "-":
            this.mode = Template.modes.RAW;
            break;
          case o + d + "#":
            this.mode = Template.modes.COMMENT;
            break;
          case o + d + d:
            this.mode = Template.modes.LITERAL;
            this.source += '    ; __append("' + line.replace(o + d + d, o + d) + '")\n';
            break;
          case d + d + c:
            this.mode = Template.modes.LITERAL;
            this.source += '    ; __append("' + line.replace(d + d + c, d + c) + '")\n';
            break;
          case d + c:
          case "-" + d + c:
          case "_" + d + c:
            if (this.mode == Template.modes.LITERAL) {
              this._addOutput(line);
            }
            this.mode = null;
            this.truncate = line.indexOf("-") === 0 || line.indexOf("_") === 0;
            break;
          default:
            if (this.mode) {
              switch (this.mode) {
                case Template.modes.EVAL:
                case Template.modes.ESCAPED:
                case Template.modes.RAW:
                  if (line.lastIndexOf("//") > line.lastIndexOf("\n")) {
                    line += "\n";
                  }
              }
              switch (this.mode) {
                // Just executing code
                case Template.modes.EVAL:
                  this.source += "    ; " + line + "\n";
                  break;
                // Exec, esc, and output
                case Template.modes.ESCAPED:
                  this.source += "    ; __append(escapeFn(" + stripSemi(line) + "))\n";
                  break;
                // Exec and output
                case Template.modes.RAW:
                  this.source += "    ; __append(" + stripSemi(line) + ")\n";
                  break;
                case Template.modes.COMMENT:
                  break;
                // Literal <%% mode, append as raw output
                case Template.modes.LITERAL:
                  this._addOutput(line);
                  break;
              }
            } else {
              this._addOutput(line);
            }
        }
        if (self.opts.compileDebug && newLineCount) {
          this.currentLine += newLineCount;
          this.source += "    ; __line = " + this.currentLine + "\n";
        }
      }
    };
    exports.escapeXML = utils.escapeXML;
    exports.__express = exports.renderFile;
    exports.VERSION = _VERSION_STRING;
    exports.name = _NAME;
    if (typeof window != "undefined") {
      window.ejs = exports;
    }
  }
});

// src/github/issues.ts
var ISSUES_WRITE = "issues: write";
function toIssue(raw) {
  return {
    id: raw.id,
    nodeId: raw.node_id,
    number: raw.number,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    stateReason: raw.state_reason ?? null,
    closedAt: raw.closed_at ?? null,
    author: raw.user?.login ?? null,
    authorId: raw.user?.id ?? null,
    labels: raw.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    assignees: (raw.assignees ?? []).map((a) => a.login),
    milestone: raw.milestone ? { number: raw.milestone.number, title: raw.milestone.title, dueOn: raw.milestone.due_on } : null
  };
}
async function listIssuesWithLabel(github, repo, label2, state = "all") {
  const raw = await github.paginate("GET /repos/{owner}/{repo}/issues", {
    owner: repo.owner,
    repo: repo.name,
    labels: label2,
    state,
    per_page: 100
  });
  return raw.filter((i) => i.pull_request === void 0).map(toIssue);
}
async function getIssue(github, repo, number) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: repo.owner,
      repo: repo.name,
      issue_number: number
    });
    const raw = data;
    return raw.pull_request === void 0 ? toIssue(raw) : null;
  } catch (error) {
    if (isNotFound(error) || statusOf(error) === 410) return null;
    throw error;
  }
}
async function isAssignable(github, repo, login) {
  try {
    await github.request("GET /repos/{owner}/{repo}/assignees/{assignee}", {
      owner: repo.owner,
      repo: repo.name,
      assignee: login
    });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
function label(repo, number) {
  return `${repo.owner}/${repo.name}${number === void 0 ? "" : ` issue #${number}`}`;
}
function fieldsSummary(fields) {
  const parts = [];
  if (fields.title !== void 0) parts.push(`"${fields.title}"`);
  if (fields.labels) parts.push(`labels ${fields.labels.join(", ") || "(none)"}`);
  if (fields.assignees) parts.push(`assignees ${fields.assignees.join(", ") || "(none)"}`);
  if (fields.milestone !== void 0) parts.push(`milestone ${fields.milestone ?? "(none)"}`);
  return parts.join("; ");
}
async function createIssue(github, writes, repo, fields) {
  return writes.write(
    { action: "create issue", target: label(repo), summary: fieldsSummary(fields), body: fields.body },
    async () => {
      try {
        const { data } = await github.request("POST /repos/{owner}/{repo}/issues", {
          owner: repo.owner,
          repo: repo.name,
          title: fields.title,
          body: fields.body,
          labels: fields.labels,
          assignees: fields.assignees,
          ...fields.milestone === null ? {} : { milestone: fields.milestone }
        });
        return toIssue(data);
      } catch (error) {
        throw explainPermission(error, `create an issue in ${label(repo)}`, ISSUES_WRITE);
      }
    },
    {
      id: 0,
      nodeId: "DRY_RUN_ISSUE",
      number: 0,
      url: "(dry run: no issue created)",
      title: fields.title,
      body: fields.body,
      state: "open",
      stateReason: null,
      closedAt: null,
      author: null,
      authorId: null,
      labels: fields.labels,
      assignees: fields.assignees,
      milestone: null
    }
  );
}
async function updateIssue(github, writes, repo, existing, changes) {
  return writes.write(
    {
      action: "update issue",
      target: label(repo, existing.number),
      summary: fieldsSummary(changes) || "body",
      ...changes.body === void 0 ? {} : { body: changes.body }
    },
    async () => {
      try {
        const { data } = await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          owner: repo.owner,
          repo: repo.name,
          issue_number: existing.number,
          ...changes
        });
        return toIssue(data);
      } catch (error) {
        throw explainPermission(error, `update ${label(repo, existing.number)}`, ISSUES_WRITE);
      }
    },
    { ...existing, ...changes, milestone: existing.milestone }
  );
}
async function listIssueComments(github, repo, number) {
  const raw = await github.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: repo.owner,
    repo: repo.name,
    issue_number: number,
    per_page: 100
  });
  return raw.map((c) => ({
    id: c.id,
    body: c.body ?? "",
    author: c.user?.login ?? null,
    authorId: c.user?.id ?? null,
    createdAt: c.created_at
  }));
}
async function addIssueComment(github, writes, repo, number, body) {
  return writes.write(
    {
      action: "comment on issue",
      target: label(repo, number),
      summary: body.split("\n")[0]?.slice(0, 100) ?? "",
      body
    },
    async () => {
      try {
        const { data } = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner: repo.owner,
          repo: repo.name,
          issue_number: number,
          body
        });
        return { id: Number(data.id), url: data.html_url };
      } catch (error) {
        throw explainPermission(error, `comment on ${label(repo, number)}`, ISSUES_WRITE);
      }
    },
    { id: 0, url: "(dry run: no comment created)" }
  );
}

// src/github/labels.ts
var LABEL_NAME_MAX = 50;
var LABEL_DESCRIPTION_MAX = 100;
async function listLabels(github, repo) {
  const raw = await github.paginate("GET /repos/{owner}/{repo}/labels", {
    owner: repo.owner,
    repo: repo.name,
    per_page: 100
  });
  return raw.map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
}
function isAlreadyExists(error) {
  const e = error;
  return e?.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === "already_exists");
}
async function createLabel(github, writes, repo, spec) {
  await writes.write(
    {
      action: "create label",
      target: `${repo.owner}/${repo.name}`,
      summary: `"${spec.name}" #${spec.color} ${spec.description}`
    },
    async () => {
      try {
        await github.request("POST /repos/{owner}/{repo}/labels", {
          owner: repo.owner,
          repo: repo.name,
          name: spec.name,
          color: spec.color,
          description: spec.description.slice(0, LABEL_DESCRIPTION_MAX)
        });
      } catch (error) {
        if (isAlreadyExists(error)) return;
        throw explainPermission(error, `create the label "${spec.name}"`, "issues: write");
      }
    },
    void 0
  );
}
async function ensureLabels(github, writes, repo, existing, wanted) {
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const failed = /* @__PURE__ */ new Map();
  for (const spec of wanted) {
    const key = spec.name.toLowerCase();
    if (have.has(key)) continue;
    have.add(key);
    try {
      await createLabel(github, writes, repo, spec);
    } catch (error) {
      failed.set(key, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return failed;
}

// src/github/milestones.ts
var toMilestone = (m) => ({
  number: m.number,
  title: m.title,
  state: m.state === "closed" ? "closed" : "open",
  dueOn: m.due_on,
  url: m.html_url
});
async function listMilestones(github, repo) {
  const raw = await github.paginate("GET /repos/{owner}/{repo}/milestones", {
    owner: repo.owner,
    repo: repo.name,
    state: "all",
    per_page: 100
  });
  return raw.map(toMilestone);
}
function dueOnFor(day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`dueOnFor: not a YYYY-MM-DD day: ${day}`);
  return `${day}T12:00:00Z`;
}
function dueDayOf(dueOn) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(new Date(dueOn));
}
async function createMilestone(github, writes, repo, input) {
  const dueOn = input.dueDay ? dueOnFor(input.dueDay) : null;
  return writes.write(
    {
      action: "create milestone",
      target: `${repo.owner}/${repo.name}`,
      summary: `"${input.title}"${dueOn ? ` due ${dueOn}` : ""}`
    },
    async () => {
      try {
        const { data } = await github.request("POST /repos/{owner}/{repo}/milestones", {
          owner: repo.owner,
          repo: repo.name,
          title: input.title,
          description: input.description,
          ...dueOn ? { due_on: dueOn } : {}
        });
        return toMilestone(data);
      } catch (error) {
        if (isAlreadyExists(error)) {
          const found = (await listMilestones(github, repo)).find((m) => m.title === input.title);
          if (found) return found;
        }
        throw explainPermission(error, `create the milestone "${input.title}"`, "issues: write");
      }
    },
    { number: 0, title: input.title, state: "open", dueOn, url: "(dry run: no milestone created)" }
  );
}

// src/render/previous-items.ts
function committedItems(items) {
  return items.filter((item) => item.status === "accepted" || item.status === "created");
}
function daysBetween(fromDate, now) {
  return Math.floor((now.getTime() - Date.parse(`${fromDate}T23:59:59Z`)) / 864e5) + 1;
}
function isOverdue(due, now) {
  return due !== null && Date.parse(`${due}T23:59:59.999Z`) < now.getTime();
}
function followUpOf(item, issue, now) {
  const overdue = isOverdue(item.due, now);
  const lateBy = item.due && overdue ? `${daysBetween(item.due, now)} days overdue` : "";
  if (item.issueNumber === null || issue === null) {
    return {
      item,
      status: overdue ? "overdue" : "untracked",
      detail: ["no issue: the retrospective was not finalized", lateBy].filter(Boolean).join("; ")
    };
  }
  if (!issue.found) return { item, status: "missing", detail: issue.reason };
  if (issue.state === "closed") {
    const notPlanned = issue.stateReason === "not_planned" ? " as not planned" : "";
    return {
      item,
      status: "done",
      detail: `closed${notPlanned}${issue.closedAt ? ` ${formatDate(issue.closedAt)}` : ""}`
    };
  }
  return overdue ? { item, status: "overdue", detail: lateBy } : { item, status: "open", detail: "in progress" };
}
var STATUS_LABEL = {
  done: "\u2705 done",
  open: "\u{1F504} open",
  overdue: "\u23F0 overdue",
  untracked: "\u{1F4DD} not tracked",
  missing: "\u2753 issue not found"
};
function renderPreviousItems(previous) {
  if (!previous) {
    return "_This is the first retrospective of this release line: there are no earlier action items to follow up._";
  }
  const retro = link(`the ${previous.tag} retrospective`, previous.url);
  if (previous.followUps.length === 0) {
    return `_${retro} decided no action items._`;
  }
  const counts = (status) => previous.followUps.filter((f) => f.status === status).length;
  const rows = previous.followUps.map(({ item, status, detail }) => [
    item.issueUrl && item.issueNumber !== null ? link(`${item.id} #${item.issueNumber}`, item.issueUrl) : escapeInline(item.id),
    escapeInline(item.title, { maxLength: 120 }),
    quietMention(item.owner),
    item.due ?? "\u2014",
    STATUS_LABEL[status],
    escapeInline(detail, { maxLength: 120 })
  ]);
  const summary = [
    `${counts("done")} done`,
    `${counts("open")} open`,
    `${counts("overdue")} overdue`,
    ...counts("untracked") > 0 ? [`${counts("untracked")} not tracked`] : [],
    ...counts("missing") > 0 ? [`${counts("missing")} not found`] : []
  ].join(", ");
  return [
    `From ${retro}: ${summary}.`,
    "",
    table(["Item", "Action", "Owner", "Due", "Status", "Now"], rows),
    "",
    "_Start the meeting here: for each open or overdue item, is it still worth doing? If so, who unblocks it?_"
  ].join("\n");
}

// src/render/retrospective.ts
var import_yaml = __toESM(require_dist(), 1);

// templates/action-item-issue.md.ejs
var action_item_issue_md_default = "<%# The body of an action item's issue. Values arrive escaped for markdown: print them with the raw output tag (dash), never the escaping one.\n    Variables: title, owner, due, priority, votes, releaseLink, discussionLink, proposer, sourceLink, acceptance. -%>\n**<%- title %>**\n\nAn action item decided in the <%- discussionLink %>, proposed by <%- proposer %> in <%- sourceLink %>.\n\n| | |\n| --- | --- |\n| Owner | <%- owner %> |\n| Due | <%- due %> |\n| Priority | <%- priority %> |\n| Release | <%- releaseLink %> |\n| Votes | \u{1F44D} <%- votes %> |\n<%_ if (acceptance) { _%>\n\n### Acceptance criteria\n\n<%- acceptance %>\n<%_ } _%>\n\n<sub>Created by release-retro from the retrospective. Close this issue when it is done; overdue items get a reminder.</sub>\n";

// templates/closing-comment.md.ejs
var closing_comment_md_default = "<%# The comment that closes a retrospective. Values arrive escaped for markdown: print them with the raw output tag (dash), never the escaping one.\n    Variables: tag, participants, countedNote, reflections, learnings, itemsTable, itemCount, documentLinks, runLink, stakeholders. -%>\n## \u2705 Retrospective finalized\n\nThank you for taking part. <%- participants %> <%- participants === 1 ? 'person' : 'people' %><% if (countedNote) { %> <%- countedNote %><% } %> shared <%- reflections %> <%- reflections === 1 ? 'reflection' : 'reflections' %> and recorded <%- learnings %> <%- learnings === 1 ? 'learning' : 'learnings' %>.\n\n<%_ if (itemCount > 0) { _%>\n**<%- itemCount %> action <%- itemCount === 1 ? 'item is' : 'items are' %> now tracked as issues:**\n\n<%- itemsTable %>\n<%_ } else { _%>\n_No action items were decided._\n<%_ } _%>\n\n<%_ if (documentLinks.length > 0) { _%>\n\u{1F4C4} The retrospective (summary, learnings, action items): <%- documentLinks.join(' \xB7 ') %>.\n<%_ } else { _%>\n\u{1F4C4} The retrospective is in the job summary of the workflow run that finalized it.\n<%_ } _%>\n<%_ if (runLink) { _%>\nFinalized by <%- runLink %>.\n<%_ } _%>\n\n<%_ if (stakeholders.length > 0) { _%>\ncc <%- stakeholders.join(' ') %>\n<%_ } _%>\n";

// templates/reminder-comment.md.ejs
var reminder_comment_md_default = "<%# A reminder on an overdue action item. Values arrive escaped for markdown: print them with the raw output tag (dash), never the escaping one.\n    Variables: owners, due, daysOverdue, retroLink, everyDays. -%>\n<%- owners %> this action item from <%- retroLink %> was due on **<%- due %>** (<%- daysOverdue %> <%- daysOverdue === 1 ? 'day' : 'days' %> ago).\n\n- Done? Close this issue.\n- Still worth doing? Move the date: change the milestone, or the `retro-due:` date in the hidden line at the top of the description.\n- No longer worth doing? Close it as not planned, with a sentence on why, so the next retrospective can learn from it.\n\n<sub>release-retro reminds at most every <%- everyDays %> days while the item is open and overdue.</sub>\n";

// templates/retrospective.md.ejs
var retrospective_md_default = "<%# The retrospective document (retrospective.md). Every value arrives already escaped for markdown:\n    print them with the raw output tag (dash), never the escaping one. Variables: frontMatter, title, releaseLink, discussionLink, openedAt, finalizedAt,\n    participants, countedNote, story, prompts, learnings, topReflections, metricsTable, itemsTable, previous. -%>\n---\n<%- frontMatter -%>\n---\n\n# <%- title %>\n\nRelease <%- releaseLink %> \xB7 retrospective held in <%- discussionLink %> \xB7 opened <%- openedAt %>, finalized <%- finalizedAt %>.\n\nThis retrospective is blameless: we assume everyone did the best job they could, given what they knew at the\ntime, their skills and abilities, the resources available, and the situation at hand.\n\n## Summary\n\n<%_ if (story) { _%>\n<%- story %>\n\n<%_ } _%>\n<%_ if (participants.length > 0) { _%>\n**<%- participants.length %> <%- participants.length === 1 ? 'person' : 'people' %> took part:** <%- participants.join(', ') %><% if (typeof countedNote !== 'undefined' && countedNote) { %> <%- countedNote %><% } %>.\n<%_ } else { _%>\n_Nobody took part in the discussion._\n<%_ } _%>\n\n<%_ for (const prompt of prompts) { _%>\n### <%- prompt.title %>\n\n<%_ if (prompt.replies.length === 0) { _%>\n_No reflections._\n<%_ } else { _%>\n<%_ for (const reply of prompt.replies) { _%>\n- <%- reply %>\n<%_ } _%>\n<%_ if (prompt.more > 0) { _%>\n- _\u2026and <%- prompt.more %> more in the discussion._\n<%_ } _%>\n<%_ } _%>\n\n<%_ } _%>\n## Key learnings\n\n<%_ if (learnings.length === 0 && topReflections.length === 0) { _%>\n_No learnings were recorded._\n<%_ } _%>\n<%_ for (const learning of learnings) { _%>\n- <%- learning %>\n<%_ } _%>\n<%_ if (topReflections.length > 0) { _%>\n\nMost-voted reflections:\n\n<%_ for (const reflection of topReflections) { _%>\n- <%- reflection %>\n<%_ } _%>\n<%_ } _%>\n\n## Data highlights\n\n<%- metricsTable %>\n\n## Action items\n\n<%- itemsTable %>\n\n## Previous retrospective's action items\n\n<%- previous %>\n";

// src/render/templates.ts
var import_ejs = __toESM(require_ejs(), 1);

// templates/discussion.md.ejs
var discussion_md_default = "<%#\n  The body of a retrospective discussion. Copy this file into your repository and point\n  `templates.discussion` in .github/release-retro.yml at it to change the layout.\n\n  An escaping output tag (percent-equals) escapes text for markdown and is safe for any text; a raw output\n  tag (percent-minus) prints as is and is meant for the pre-rendered blocks. Print each block with a raw tag,\n  on its own line. Variables: see docs/retrospective-guide.md. The action-items and learnings blocks are the\n  live record that the bot keeps up to date: keep them.\n-%>\n## Why we are here\n\n<%- purpose %>\n\n> **The Retrospective Prime Directive**\n>\n> \u201C<%- primeDirective.text %>\u201D\n>\n> \u2014 <%- primeDirective.author %>, *<%- primeDirective.source %>*\n\n## Agenda (<%= agenda.totalMinutes %> minutes)\n\n<%- blocks.agenda %>\n\n## Follow-up from the last retrospective\n\n<%- blocks.previousItems %>\n\n## The data\n\nEvery figure links to its evidence. Numbers start the conversation; they do not end it.\n\n### What happened\n\n<%- blocks.story %>\n\n### Release facts\n\n<%- blocks.facts %>\n\n### DORA metrics\n\n<%- blocks.dora %>\n\n### Deployment timeline\n\n<%- blocks.timeline %>\n\n### Lead time for changes\n\n<%- blocks.leadTime %>\n\n### Incidents and bugs\n\n<%- blocks.incidents %>\n\n### CI health\n\n<%- blocks.ci %>\n\n### Feedback\n\n<%- blocks.feedback %>\n\n### Users' voice\n\n<%- blocks.voice %>\n\n### Monitoring\n\n<%- blocks.monitoring %>\n\n### What shipped\n\n<%- blocks.changes %>\n\n## Who is invited\n\n<%- blocks.invited %>\n\n## How to take part\n\n<%- blocks.howToTakePart %>\n\n## Action items\n\n<%- blocks.actionItems %>\n\n## Key learnings\n\n<%- blocks.learnings %>\n\n---\n\n<sub>Opened by [release-retro](https://github.com/marketplace/actions/release-retro) on <%= openedAt %>. This body is the retrospective's record and is updated by the bot; comment below instead of editing it.</sub>\n";

// templates/summary.md.ejs
var summary_md_default = "<%#\n  The job summary of a run that opened (or found, or previewed) a retrospective.\n  Variables: title, tag, status ('opened' | 'existing' | 'dry-run' | 'preview'), discussionLink (markdown link, or ''),\n  blocks (facts, dora, incidents, ci, feedback, previousItems; printed raw).\n-%>\n### <%= title %>\n\n<% if (status === 'opened') { -%>\nOpened the retrospective: **<%- discussionLink %>**.\n<% } else if (status === 'existing') { -%>\nThe retrospective was already open: **<%- discussionLink %>**. Nothing new was created.\n<% } else { -%>\n**<%= status === 'preview' ? 'Preview' : 'Dry run' %>:** nothing was created. The full body is printed in the log.\n<% } -%>\n\n#### What happened\n\n<%- blocks.story %>\n\n#### Release facts\n\n<%- blocks.facts %>\n\n#### DORA metrics\n\n<%- blocks.dora %>\n\n#### Incidents and bugs\n\n<%- blocks.incidents %>\n\n#### CI health\n\n<%- blocks.ci %>\n\n#### Follow-up from the last retrospective\n\n<%- blocks.previousItems %>\n";

// templates/survey-comment.md.ejs
var survey_comment_md_default = "<%#\n  One survey thread: a top-level comment per prompt in `survey:`; answers gather as replies.\n  The first line is the hidden marker the bot uses to find this thread again: keep it.\n  Variables: prompt { id, title, prompt }, tag, index, total.\n-%>\n<%- marker %>\n### <%= prompt.title %>\n\n<% if (prompt.prompt) { -%>\n<%= prompt.prompt %>\n\n<% } -%>\n**Reply to this comment** with your answer: one point per reply, so each can be discussed and voted on. Add a \u{1F44D} to the replies you agree with; \u{1F44D} count as votes and decide what the meeting talks about first.\n\n<sub>Survey question <%= index + 1 %> of <%= total %> for the <%= tag %> retrospective.</sub>\n";

// src/render/templates.ts
var BUNDLED_TEMPLATES = {
  discussion: discussion_md_default,
  surveyComment: survey_comment_md_default,
  summary: summary_md_default
};
var TemplateError = class extends Error {
  name = "TemplateError";
};
function escapeValue(value) {
  if (value === void 0 || value === null) return "";
  return escapeInline(String(value), { maxLength: 1e3 });
}
function renderTemplate(template, data, source) {
  try {
    return import_ejs.default.render(template, data, {
      async: false,
      escape: escapeValue,
      // Templates come from this package or the repository's default branch; includes would read the runner's
      // file system, which a template has no business with.
      includer: () => {
        throw new TemplateError("include() is not supported in release-retro templates");
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TemplateError(`The template ${source} failed to render: ${message}`, { cause: error });
  }
}
var TOKEN = (id) => `release-retro-block:${id}`;
var TOKEN_PATTERN = /\u0002release-retro-block:([A-Za-z0-9_-]+)\u0002/;
function renderFitted(template, data, blocks, options) {
  const tokens = Object.fromEntries(Object.keys(blocks).map((id) => [id, TOKEN(id)]));
  const rendered = renderTemplate(template, { ...data, blocks: tokens }, options.source);
  const parts = rendered.split(TOKEN_PATTERN);
  const sections = [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      sections.push({ id: `template-text-${index / 2}`, text: part.trim() });
      return;
    }
    const block = blocks[part];
    if (!block) return;
    sections.push({
      id: part,
      text: block.text.trim(),
      trimmable: block.trimmable ?? false,
      priority: block.priority ?? 0
    });
  });
  if (options.tail) sections.push({ id: "state", text: options.tail });
  return `${fitToLimit(sections, options.limit)}
`;
}

// src/render/retrospective.ts
function issueTitle(title) {
  const oneLine = title.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  const chars = [...oneLine];
  return chars.length <= 256 ? oneLine : `${chars.slice(0, 255).join("")}\u2026`;
}
function renderIssueBody(input) {
  const { item } = input;
  return renderTemplate(
    action_item_issue_md_default,
    {
      title: escapeInline(item.title, { maxLength: 300 }),
      // The owner is mentioned on purpose: the issue is where they are told it is theirs.
      owner: item.owner ? mention(item.owner) : "\u2014",
      due: item.due ?? "\u2014",
      priority: input.priority,
      votes: String(item.votes),
      releaseLink: link(input.tag, input.releaseUrl),
      discussionLink: link(`${input.tag} retrospective`, input.discussionUrl),
      proposer: quietMention(item.proposer),
      sourceLink: link("this comment", item.sourceCommentUrl),
      acceptance: input.acceptance ? escapeBlock(input.acceptance, { maxLength: 3e3 }) : ""
    },
    "templates/action-item-issue.md.ejs"
  ).trim();
}
function countedNote(counted) {
  if (!counted) return "";
  const left = counted.left > 0 ? `; ${counted.left} other ${counted.left === 1 ? "commenter is" : "commenters are"} not counted (\`record.counts\`)` : "";
  return `(counting ${escapeInline(counted.who)}${left})`;
}
function renderMetricsTable(metrics, previous) {
  const rows = [];
  const known = /* @__PURE__ */ new Set();
  for (const key of Object.keys(METRIC_NAMES)) {
    known.add(SNAPSHOT_KEYS[key]);
    const value = snapshotValue(metrics, key);
    if (value === void 0) continue;
    known.add(key);
    const before = previous ? snapshotValue(previous, key) : void 0;
    const unit = CANONICAL_UNITS[key];
    rows.push([
      escapeInline(METRIC_NAMES[key]),
      formatValue(unit, value),
      before === void 0 ? "\u2014" : formatValue(unit, before)
    ]);
  }
  for (const [key, value] of Object.entries(metrics)) {
    if (known.has(key)) continue;
    rows.push([escapeInline(key), `${Math.round(value * 100) / 100} (unit not recorded)`, "\u2014"]);
  }
  if (rows.length === 0) return "_No metrics were recorded for this release._";
  return table(["Metric", "This release", "Previous retrospective"], rows, ["left", "right", "right"]);
}
function profileLink(login, serverUrl) {
  if (!login) return "\u2014";
  return isGitHubLogin(login) ? link(login, `${serverUrl}/${login}`) : quietMention(login);
}
function serverOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "https://github.com";
  }
}
function renderItemsTable(items, owner = quietMention) {
  if (items.length === 0) return "_No action items were decided._";
  const rows = items.map(({ item, priority, issueUrl, issueNumber }) => [
    escapeInline(item.id),
    escapeInline(item.title, { maxLength: 120 }),
    owner(item.owner),
    item.due ?? "\u2014",
    priority,
    String(item.votes),
    issueUrl && issueNumber ? link(`#${issueNumber}`, issueUrl) : "\u2014"
  ]);
  return table(["Id", "Action", "Owner", "Due", "Priority", "\u{1F44D}", "Issue"], rows);
}
function renderPreviousTable(previous, owner = quietMention) {
  if (!previous) return "_There was no earlier retrospective to review._";
  const retro = link(`the ${previous.tag} retrospective`, previous.url);
  if (previous.items.length === 0) return `_${retro} decided no action items._`;
  const rows = previous.items.map((row) => [
    row.url ? link(row.id, row.url) : escapeInline(row.id),
    escapeInline(row.title, { maxLength: 120 }),
    owner(row.owner),
    row.due ?? "\u2014",
    escapeInline(row.status)
  ]);
  return [`Reviewed from ${retro}:`, "", table(["Id", "Action", "Owner", "Due", "Status"], rows)].join("\n");
}
function reflectionLine(r) {
  return `\u201C${escapeInline(r.body, { maxLength: 240 })}\u201D \u2014 ${quietMention(r.author)} (\u{1F44D} ${r.votes}, ${link("comment", r.url)})`;
}
var REPLIES_PER_PROMPT = 5;
function frontMatter(input) {
  const { state } = input;
  return (0, import_yaml.stringify)({
    tag: state.tag,
    tags: state.tags,
    "previous-tag": state.previousTag,
    "opened-at": state.openedAt,
    "finalized-at": input.finalizedAt,
    discussion: input.discussionUrl,
    "action-items": input.items.length,
    metrics: state.metrics
  }).trimEnd();
}
function renderRetrospectiveDocument(input) {
  const server = serverOf(input.discussionUrl);
  const ownerLink = (login) => profileLink(login, server);
  const data = {
    frontMatter: `${frontMatter(input)}
`,
    title: escapeInline(input.title, { maxLength: 200 }),
    // Rendered and escaped when the retrospective opened (src/render/story.ts); kept in the state since.
    story: input.state.story ?? "",
    releaseLink: link(input.state.tag, input.releaseUrl),
    discussionLink: link("the discussion", input.discussionUrl),
    openedAt: input.state.openedAt.slice(0, 10),
    finalizedAt: input.finalizedAt.slice(0, 10),
    participants: input.participants.map((p) => quietMention(p)),
    countedNote: countedNote(input.counted),
    prompts: input.prompts.map((p) => ({
      title: escapeInline(p.title, { maxLength: 100 }),
      replies: p.replies.slice(0, REPLIES_PER_PROMPT).map(reflectionLine),
      more: Math.max(0, p.replies.length - REPLIES_PER_PROMPT)
    })),
    learnings: input.state.learnings.map(learningLine),
    topReflections: input.topReflections.map(reflectionLine),
    metricsTable: renderMetricsTable(input.state.metrics, input.previousMetrics),
    itemsTable: renderItemsTable(input.items, ownerLink),
    previous: renderPreviousTable(input.previous, ownerLink)
  };
  const template = input.template ?? {
    text: retrospective_md_default,
    source: "templates/retrospective.md.ejs"
  };
  const rendered = renderTemplate(template.text, data, template.source);
  return `${rendered.replace(/\n{3,}/g, "\n\n").trim()}
`;
}
function withoutFrontMatter(markdown) {
  return markdown.replace(/^---\n[\s\S]*?\n---\n+/, "");
}
function stakeholderMention(name) {
  return /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(name) ? `@${name}` : mention(name);
}
function renderClosingComment(input) {
  const body = renderTemplate(
    closing_comment_md_default,
    {
      tag: escapeInline(input.tag),
      participants: input.participants,
      countedNote: countedNote(input.counted),
      reflections: input.reflections,
      learnings: input.learnings,
      itemCount: input.items.length,
      itemsTable: renderItemsTable(input.items),
      documentLinks: [
        ...input.inDiscussion ? [link("in this discussion", input.inDiscussion)] : [],
        ...input.document ? [link(input.document.text, input.document.url)] : []
      ],
      runLink: input.runUrl ? link("the workflow run", input.runUrl) : "",
      stakeholders: input.stakeholders.map(stakeholderMention)
    },
    "templates/closing-comment.md.ejs"
  );
  return fitToLimit([
    { id: "marker", text: input.marker },
    { id: "comment", text: body.replace(/\n{3,}/g, "\n\n").trim(), trimmable: true }
  ]);
}
function renderDocumentComment(marker, markdown) {
  return fitToLimit([
    { id: "marker", text: marker },
    { id: "document", text: withoutFrontMatter(markdown).trim(), trimmable: true }
  ]);
}
function renderReminder(input) {
  const body = renderTemplate(
    reminder_comment_md_default,
    {
      owners: input.owners.length > 0 ? input.owners.map(mention).join(" ") : "Hello,",
      due: input.due,
      daysOverdue: input.daysOverdue,
      retroLink: input.discussionUrl ? link(`the ${input.tag} retrospective`, input.discussionUrl) : `the ${escapeInline(input.tag)} retrospective`,
      everyDays: input.everyDays
    },
    "templates/reminder-comment.md.ejs"
  );
  return `${input.marker}
${body.replace(/\n{3,}/g, "\n\n").trim()}
`.slice(0, GITHUB_BODY_LIMIT);
}

// src/retro/finalize/failures.ts
var Failures = class {
  list = [];
  add(subject, step, error) {
    const message = error instanceof Error ? error.message : String(error);
    this.list.push({ subject, step, message });
  }
  get count() {
    return this.list.length;
  }
  /** Whether `step` failed for `subject`. */
  has(subject, step) {
    return this.list.some((f) => f.subject === subject && f.step === step);
  }
};
function formatFailures(failures) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of failures) {
    const key = `${f.step}\0${f.message}`;
    const group = groups.get(key) ?? { step: f.step, message: f.message, subjects: [] };
    if (!group.subjects.includes(f.subject)) group.subjects.push(f.subject);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => `${g.subjects.join(", ")}: ${g.step}: ${g.message}`);
}

// src/retro/finalize/markers.ts
function markerSafe(text) {
  return text.replace(/[^A-Za-z0-9._/+@-]/g, (ch) => encodeURIComponent(ch)).replace(/--/g, "-%2D");
}
function issueKey(tag, itemId) {
  return `<!-- retro:${markerSafe(tag)}:${itemId} -->`;
}
function dueMarker(day) {
  return `<!-- retro-due:${day} -->`;
}
function ownerMarker(login) {
  return `<!-- retro-owner:${markerSafe(login)} -->`;
}
var DUE = /<!-- retro-due:(\d{4}-\d{2}-\d{2}) -->/;
var OWNER = /<!-- retro-owner:([A-Za-z0-9-]+) -->/;
var KEY = /<!-- retro:(\S+):(A\d+) -->/;
function readDueMarker(body) {
  return DUE.exec(body)?.[1] ?? null;
}
function readOwnerMarker(body) {
  return OWNER.exec(body)?.[1] ?? null;
}
function readIssueKey(body) {
  const match = KEY.exec(body);
  return match?.[1] && match[2] ? { tag: decodeURIComponent(match[1]), itemId: match[2] } : null;
}
var ISSUE_START = "<!-- release-retro:issue:start -->";
var ISSUE_END = "<!-- release-retro:issue:end -->";
var CLOSING_MARKER = "<!-- release-retro:closing -->";
var DOCUMENT_MARKER = "<!-- release-retro:document -->";
var REMINDER_MARKER = "<!-- release-retro:reminder -->";
var RELEASE_LINK_START = "<!-- release-retro:retrospective-link:start -->";
var RELEASE_LINK_END = "<!-- release-retro:retrospective-link:end -->";
function replaceRegion(body, start, end, region) {
  const from = body.indexOf(start);
  const to = body.indexOf(end, from);
  if (from === -1 || to === -1) return body.trim() === "" ? region : `${body.trimEnd()}

${region}`;
  return `${body.slice(0, from)}${region}${body.slice(to + end.length)}`;
}

// src/retro/finalize/plan.ts
function decidedItems(items) {
  return items.filter((item) => item.status === "accepted" || item.status === "created");
}
function priorityOf(item, config) {
  return item.priority ?? config.actionItems.defaultPriority;
}
function orderForIssues(items, config) {
  return [...items].sort(
    (a, b) => priorityOf(a, config).localeCompare(priorityOf(b, config)) || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1))
  );
}
function refreshVotes(state, comments) {
  const byId = new Map(comments.map((c) => [c.id, c]));
  return {
    ...state,
    items: state.items.map((item) => {
      const source = byId.get(item.sourceCommentId);
      return source ? { ...item, votes: thumbsUp(source) } : item;
    })
  };
}
function labelName(name) {
  return [...name].slice(0, LABEL_NAME_MAX).join("");
}
var PRIORITY_COLOURS = { P0: "b60205", P1: "d93f0b", P2: "fbca04", P3: "0e8a16" };
function baseLabel(config) {
  return {
    name: labelName(config.actionItems.labels.base),
    color: "5319e7",
    description: "An action item decided in a release retrospective"
  };
}
function tagLabel(config, tag) {
  return {
    name: labelName(`${config.actionItems.labels.tagPrefix}${tag}`),
    color: "c5def5",
    description: `Action items from the ${tag} retrospective`
  };
}
function priorityLabel(config, priority) {
  return {
    name: labelName(`${config.actionItems.labels.priorityPrefix}${priority}`),
    color: PRIORITY_COLOURS[priority],
    description: `Priority ${priority} (P0 is the most urgent)`
  };
}
function labelsFor(item, config, tag) {
  const specs = [
    baseLabel(config),
    tagLabel(config, tag),
    priorityLabel(config, priorityOf(item, config)),
    ...item.labels.map((name) => ({
      name: labelName(name),
      color: "ededed",
      description: "Added from a release retrospective action item"
    }))
  ];
  const seen = /* @__PURE__ */ new Set();
  return specs.filter((s) => {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function lastDayOfMonth(day) {
  const [year, month] = day.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}
function milestoneFor(item, config) {
  const { strategy, title, fixedTitle } = config.actionItems.milestones;
  const named = (text) => text.replaceAll("{line}", config.line.name).replace(/\s{2,}/g, " ").trim();
  if (strategy === "none") return null;
  if (strategy === "fixed") return { title: named(fixedTitle), dueDay: null };
  if (!item.due) return null;
  const month = item.due.slice(0, 7);
  return { title: named(title.replaceAll("{month}", month)), dueDay: lastDayOfMonth(item.due) };
}
function acceptanceCriteria(commentBody) {
  const lines = commentBody.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex(
    (line) => /^\s*(?:#+\s*)?(?:\*\*)?(acceptance criteria|acceptance|done when)\b/i.test(line)
  );
  if (start === -1) return null;
  const first = (lines[start] ?? "").replace(
    /^\s*(?:#+\s*)?(?:\*\*)?(acceptance criteria|acceptance|done when)(?:\*\*)?\s*:?\s*(?:\*\*)?/i,
    ""
  ).trim();
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^\s*\/[a-z]+\b/i.test(line));
  const text = [first, ...end === -1 ? rest : rest.slice(0, end)].join("\n").trim();
  return text === "" ? null : text;
}

// src/retro/remind/index.ts
var DAY_MS = 864e5;
function dueOfIssue(issue) {
  return readDueMarker(issue.body) ?? (issue.milestone?.dueOn ? dueDayOf(issue.milestone.dueOn) : null);
}
function daysOverdue(due, now) {
  const endOfDue = Date.parse(`${due}T23:59:59.999Z`);
  return now.getTime() > endOfDue ? Math.floor((now.getTime() - endOfDue) / DAY_MS) + 1 : 0;
}
function ownersOf(issue) {
  if (issue.assignees.length > 0) return issue.assignees;
  const owner = readOwnerMarker(issue.body);
  return owner ? [owner] : [];
}
function discussionUrlOf(issue) {
  return /\[[^\]]*retrospective\]\((https?:\/\/[^)\s]+)\)/.exec(issue.body)?.[1] ?? null;
}
function ofThisLine(ctx, tag) {
  return !ctx.config.line.name || versionOf(tag, ctx.config.releases.tagPattern) !== null;
}
async function remindOverdue(ctx) {
  const actor = await ctx.actor();
  const base = ctx.config.actionItems.labels.base;
  const open = await listIssuesWithLabel(ctx.github, ctx.repo, base, "open");
  const rows = [];
  const failures = new Failures();
  const everyMs = ctx.config.remindEveryDays * DAY_MS;
  for (const issue of open) {
    const key = readIssueKey(issue.body);
    if (!isBy(issue.authorId, actor) || !key || !ofThisLine(ctx, key.tag)) continue;
    const due = dueOfIssue(issue);
    if (!due) continue;
    const days = daysOverdue(due, ctx.now);
    if (days <= 0) continue;
    const row = { issue, due, days, owners: ownersOf(issue), outcome: "" };
    rows.push(row);
    try {
      const comments = await listIssueComments(ctx.github, ctx.repo, issue.number);
      const last = comments.filter((c) => isBy(c.authorId, actor) && c.body.includes(REMINDER_MARKER)).map((c) => Date.parse(c.createdAt)).reduce((max, t) => Math.max(max, t), Number.NEGATIVE_INFINITY);
      if (ctx.now.getTime() - last < everyMs) {
        row.outcome = `reminded ${new Date(last).toISOString().slice(0, 10)}`;
        continue;
      }
      await addIssueComment(
        ctx.github,
        ctx.writes,
        ctx.repo,
        issue.number,
        renderReminder({
          marker: REMINDER_MARKER,
          owners: row.owners,
          due,
          daysOverdue: days,
          tag: key.tag,
          discussionUrl: discussionUrlOf(issue),
          everyDays: ctx.config.remindEveryDays
        })
      );
      row.outcome = "reminded now";
      ctx.log.info(`Reminded ${row.owners.join(", ") || "nobody (no owner)"} on issue #${issue.number}.`);
    } catch (error) {
      row.outcome = "reminder failed";
      failures.add(`issue #${issue.number}`, "reminder", error);
    }
  }
  const summary = renderOverdueSummary(rows);
  const result = { outputs: {}, summary };
  if (failures.count > 0) {
    throw Object.assign(
      new Error(
        `Some reminders could not be sent:
${formatFailures(failures.list).map((l) => `- ${l}`).join("\n")}`
      ),
      { partial: result }
    );
  }
  return result;
}
function renderOverdueSummary(rows) {
  if (rows.length === 0)
    return "### Overdue action items\n\n_None: every open action item is within its due date._";
  const lines = rows.map((r) => [
    link(`#${r.issue.number}`, r.issue.url),
    escapeInline(r.issue.title, { maxLength: 100 }),
    r.owners.map((o) => quietMention(o)).join(", ") || "\u2014",
    r.due,
    String(r.days),
    r.outcome
  ]);
  return [
    "### Overdue action items",
    "",
    table(["Issue", "Action", "Owner", "Due", "Days overdue", "Reminder"], lines)
  ].join("\n");
}
async function previousItemsStatus(ctx, state) {
  const items = committedItems(state.items);
  if (items.length === 0) return [];
  const actor = await ctx.actor();
  const tagged = items.some((i) => i.issueNumber !== null) ? await listIssuesWithLabel(ctx.github, ctx.repo, tagLabel(ctx.config, state.tag).name) : [];
  const out = [];
  for (const item of items) {
    let issue = null;
    if (item.issueNumber !== null) {
      issue = tagged.find((i) => i.number === item.issueNumber) ?? await getIssue(ctx.github, ctx.repo, item.issueNumber);
    }
    let now = null;
    if (item.issueNumber !== null) {
      now = issue ? {
        found: true,
        state: issue.state,
        closedAt: issue.closedAt,
        url: issue.url,
        stateReason: issue.stateReason
      } : { found: false, reason: `issue #${item.issueNumber} was deleted or transferred` };
    }
    const trusted = issue && isBy(issue.authorId, actor);
    const due = (trusted && issue ? dueOfIssue(issue) : null) ?? item.due;
    out.push(followUpOf({ ...item, due }, now, ctx.now));
  }
  return out;
}

export {
  committedItems,
  renderPreviousItems,
  BUNDLED_TEMPLATES,
  renderTemplate,
  renderFitted,
  listIssuesWithLabel,
  getIssue,
  isAssignable,
  createIssue,
  updateIssue,
  listLabels,
  ensureLabels,
  listMilestones,
  createMilestone,
  issueTitle,
  renderIssueBody,
  renderRetrospectiveDocument,
  withoutFrontMatter,
  renderClosingComment,
  renderDocumentComment,
  Failures,
  formatFailures,
  issueKey,
  dueMarker,
  ownerMarker,
  ISSUE_START,
  ISSUE_END,
  CLOSING_MARKER,
  DOCUMENT_MARKER,
  RELEASE_LINK_START,
  RELEASE_LINK_END,
  replaceRegion,
  decidedItems,
  priorityOf,
  orderForIssues,
  refreshVotes,
  tagLabel,
  labelsFor,
  milestoneFor,
  acceptanceCriteria,
  dueOfIssue,
  daysOverdue,
  remindOverdue,
  previousItemsStatus
};
