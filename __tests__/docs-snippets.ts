import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';

/** One fenced code block of the documentation, with where it stands. */
export interface DocSnippet {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  text: string;
}

/** The Markdown files a user reads: README.md and docs/*.md (CONTRIBUTING, SECURITY when present). */
export function documentationFiles(root = '.'): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md'].filter((name) => {
    try {
      readFileSync(join(root, name));
      return true;
    } catch {
      return false;
    }
  });
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return [...top, ...docs];
}

/** Every fenced code block of the given language(s) in the documentation, found by a Markdown lexer. */
export function docSnippets(langs: string[] = ['yaml', 'yml'], root = '.'): DocSnippet[] {
  const snippets: DocSnippet[] = [];
  for (const file of documentationFiles(root)) {
    const source = readFileSync(join(root, file), 'utf8');
    let offset = 0;
    marked.walkTokens(marked.lexer(source), (token) => {
      if (token.type !== 'code') return;
      const code = token as Tokens.Code;
      const at = source.indexOf(code.raw, offset);
      if (at >= 0) offset = at + code.raw.length;
      const lang = (code.lang ?? '').split(/\s/)[0]?.toLowerCase() ?? '';
      if (!langs.includes(lang)) return;
      const line = at >= 0 ? source.slice(0, at).split('\n').length : 0;
      snippets.push({ file, line, lang, text: code.text });
    });
  }
  return snippets;
}
