/**
 * `search(type: DISCUSSION | ISSUE, query:)` over the emulator's state with GitHub's qualifiers that the
 * action relies on: `repo:`, `in:title|body`, quoted phrases, `category:`, `is:`, `label:`, `author:`,
 * `created:`/`updated:` ranges and `sort:`. Results are capped at 1,000 like GitHub's.
 */
import { canRead } from '../auth.ts';
import { matchesDateQualifier } from '../rest/deployments.ts';
import type { Discussion, Issue, Pull } from '../types.ts';
import { connection, type GqlCtx, type PageArgs, unprocessable, type View } from './context.ts';
import { discussionView } from './discussions.ts';
import { issueView, pullView } from './repository.ts';

const MAX_RESULTS = 1000;

export interface ParsedQuery {
  terms: string[];
  qualifiers: { key: string; value: string; negated: boolean }[];
}

export function parseSearchQuery(query: string): ParsedQuery {
  const out: ParsedQuery = { terms: [], qualifiers: [] };
  const re = /(-?)([a-zA-Z_-]+):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/g;
  for (const m of query.matchAll(re)) {
    if (m[2])
      out.qualifiers.push({ key: m[2].toLowerCase(), value: m[3] ?? m[4] ?? '', negated: m[1] === '-' });
    else {
      const term = m[5] ?? m[6] ?? '';
      if (term && !/^(AND|OR|NOT)$/.test(term)) out.terms.push(term.toLowerCase());
    }
  }
  return out;
}

interface Searchable {
  repo: string;
  title: string;
  body: string;
  author: string;
  open: boolean;
  createdAt: string;
  updatedAt: string;
  labels: string[];
  category?: { name: string; slug: string };
  kind: 'issue' | 'pr' | 'discussion';
}

function matches(item: Searchable, q: ParsedQuery): boolean {
  const inFields = q.qualifiers
    .filter((x) => x.key === 'in')
    .flatMap((x) => x.value.toLowerCase().split(','));
  const haystack = [
    ...(inFields.length === 0 || inFields.includes('title') ? [item.title] : []),
    ...(inFields.length === 0 || inFields.includes('body') ? [item.body] : []),
  ]
    .join('\n')
    .toLowerCase();
  if (!q.terms.every((t) => haystack.includes(t))) return false;
  return q.qualifiers.every(({ key, value, negated }) => {
    const v = value.toLowerCase();
    let hit: boolean;
    switch (key) {
      case 'repo':
        hit = item.repo.toLowerCase() === v;
        break;
      case 'in':
        return true;
      case 'is':
        hit =
          v === 'open'
            ? item.open
            : v === 'closed'
              ? !item.open
              : v === 'issue'
                ? item.kind === 'issue'
                : v === 'pr'
                  ? item.kind === 'pr'
                  : v === 'discussion'
                    ? item.kind === 'discussion'
                    : true;
        break;
      case 'state':
        hit = v === 'open' ? item.open : !item.open;
        break;
      case 'type':
        hit = v === 'issue' ? item.kind === 'issue' : v === 'pr' ? item.kind === 'pr' : true;
        break;
      case 'category':
        hit = !!item.category && (item.category.name.toLowerCase() === v || item.category.slug === v);
        break;
      case 'label':
        hit = item.labels.some((l) => v.split(',').includes(l.toLowerCase()));
        break;
      case 'author':
        hit = item.author.toLowerCase() === v;
        break;
      case 'created':
        hit = matchesDateQualifier(item.createdAt, value);
        break;
      case 'updated':
        hit = matchesDateQualifier(item.updatedAt, value);
        break;
      case 'sort':
        return true;
      default:
        throw unprocessable(`The emulator does not implement the search qualifier \`${key}:\`.`);
    }
    return negated ? !hit : hit;
  });
}

function sortResults<T extends { s: Searchable }>(items: T[], q: ParsedQuery): T[] {
  const sort = q.qualifiers.find((x) => x.key === 'sort')?.value ?? 'created-desc';
  const [field, dir = 'desc'] = sort.split('-');
  const key = (x: T) => (field === 'updated' ? x.s.updatedAt : x.s.createdAt);
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
}

export function search(ctx: GqlCtx, args: PageArgs & { query: string; type: string }): View {
  const q = parseSearchQuery(args.query);
  const visible = (repo: string) => {
    const r = ctx.state.repos.find((x) => x.fullName === repo);
    return !!r && canRead(ctx.state, ctx.viewer, r);
  };
  if (args.type === 'DISCUSSION') {
    const items = ctx.state.discussions
      .filter((d) => visible(d.repo))
      .map((d) => ({ d, s: discussionSearchable(ctx, d) }))
      .filter((x) => matches(x.s, q));
    const sorted = sortResults(items, q).slice(0, MAX_RESULTS);
    return connection(sorted, args, (x) => discussionView(ctx, x.d), {
      discussionCount: items.length,
      issueCount: 0,
      repositoryCount: 0,
      userCount: 0,
      codeCount: 0,
      wikiCount: 0,
    });
  }
  if (args.type === 'ISSUE') {
    const items = [
      ...ctx.state.issues.map((i) => ({ v: () => issueView(ctx, i), s: issueSearchable(i) })),
      ...ctx.state.pulls.map((p) => ({ v: () => pullView(ctx, p), s: pullSearchable(p) })),
    ].filter((x) => visible(x.s.repo) && matches(x.s, q));
    const sorted = sortResults(items, q).slice(0, MAX_RESULTS);
    return connection(sorted, args, (x) => x.v(), {
      issueCount: items.length,
      discussionCount: 0,
      repositoryCount: 0,
      userCount: 0,
      codeCount: 0,
      wikiCount: 0,
    });
  }
  throw unprocessable(`The emulator does not implement search type ${args.type}.`);
}

function discussionSearchable(ctx: GqlCtx, d: Discussion): Searchable {
  const c = ctx.state.discussionCategories.find((x) => x.id === d.categoryId);
  return {
    repo: d.repo,
    title: d.title,
    body: d.body,
    author: d.author,
    open: !d.closed,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    labels: [],
    kind: 'discussion',
    ...(c ? { category: { name: c.name, slug: c.slug } } : {}),
  };
}

function issueSearchable(i: Issue): Searchable {
  return {
    repo: i.repo,
    title: i.title,
    body: i.body ?? '',
    author: i.author,
    open: i.state === 'open',
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    labels: i.labels,
    kind: 'issue',
  };
}

function pullSearchable(p: Pull): Searchable {
  return {
    repo: p.repo,
    title: p.title,
    body: p.body ?? '',
    author: p.author,
    open: p.state === 'open',
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    labels: p.labels,
    kind: 'pr',
  };
}
