/** Matches request paths against the route table's OpenAPI-style templates. */
import type { Method, Route } from './http.ts';

/** Parameters that may contain slashes: file paths, `base...head` with branch names, and `git/ref/{ref}`. */
const GREEDY = new Set(['path', 'basehead']);

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export class Router {
  #compiled: Compiled[];

  constructor(routes: Route[]) {
    this.#compiled = routes.map((route) => {
      const names: string[] = [];
      const isGitRef = route.path.endsWith('/git/ref/{ref}');
      const pattern = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        const greedy = GREEDY.has(name) || (isGitRef && name === 'ref');
        return greedy ? '(.+)' : '([^/]+)';
      });
      return { route, regex: new RegExp(`^${pattern}/?$`), names };
    });
  }

  /** `null` when no route has this path at all (404), `'method'` when only the method is wrong. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | null {
    for (const c of this.#compiled) {
      if (c.route.method !== (method as Method)) continue;
      const m = c.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route: c.route, params };
    }
    return null;
  }
}

/** A route template as used in fault matchers: `GET /repos/:o/:r/releases` matches `/repos/{owner}/{repo}/releases`. */
export function templateMatches(pattern: string, template: string): boolean {
  const norm = (s: string) => s.replace(/\{\w+\}|:\w+/g, ':');
  return norm(pattern) === norm(template);
}
