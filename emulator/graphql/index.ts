/**
 * Executes GraphQL documents against GitHub's real schema. Every field goes through one default resolver
 * that reads the emulator's views; a field no view provides fails loudly with `Type.field`, never null.
 */
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { INTEGRATION_FORBIDDEN } from '../auth.ts';
import type { Reply } from '../http.ts';
import { allows, GRAPHQL_MUTATION_NEEDS, GRAPHQL_TYPE_NEEDS } from '../permissions.ts';
import { actorView } from './common.ts';
import { forbidden, GitHubGraphQLError, type GqlCtx, notFound, type View } from './context.ts';
import { checkLimits } from './limits.ts';
import { mutationResolvers } from './mutations.ts';
import { nodeById } from './nodes.ts';
import { ownerView } from './projects.ts';
import { findRepo, repoView } from './repository.ts';
import { githubSchema } from './schema.ts';
import { search } from './search.ts';

/** The operation name from the body, or from the document's first named operation (octokit sends none). */
export function operationNameOf(body: Record<string, unknown>): string | null {
  if (typeof body.operationName === 'string' && body.operationName) return body.operationName;
  if (typeof body.query !== 'string') return null;
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(body.query)?.[1] ?? null;
}

/** Whether a view implements a field: an own property, or a member of its class (never Object's own members). */
function implementsField(source: object, field: string): boolean {
  if (Object.hasOwn(source, field)) return true;
  const proto = Object.getPrototypeOf(source) as object | null;
  return proto !== null && proto !== Object.prototype && Object.hasOwn(proto, field);
}

const fieldResolver: GraphQLFieldResolver<unknown, GqlCtx> = (source, args, ctx, info) => {
  if (source !== null && typeof source === 'object' && implementsField(source, info.fieldName)) {
    const guarded = ctx.token.kind === 'installation' && ctx.token.permissions !== undefined;
    if (guarded) checkFieldPermission(ctx, info.parentType.name, info.fieldName, info.returnType);
    const value = (source as Record<string, unknown>)[info.fieldName];
    const result = typeof value === 'function' ? value.call(source, args, ctx, info) : value;
    return guarded ? checkResolvedTypes(ctx, result) : result;
  }
  throw new GitHubGraphQLError(
    'INTERNAL',
    `The GitHub emulator does not implement ${info.parentType.name}.${info.fieldName}`,
  );
};

/** The workflow's permissions apply to GraphQL too: a field returning a guarded type (or a mutation) needs them. */
function checkFieldPermission(
  ctx: GqlCtx,
  parent: string,
  field: string,
  returnType: GraphQLOutputType,
): void {
  const permissions = ctx.token.permissions ?? {};
  if (parent === 'Mutation') {
    const need = GRAPHQL_MUTATION_NEEDS[field];
    if (need && !allows(permissions, need)) throw forbidden(INTEGRATION_FORBIDDEN);
    return;
  }
  const need = GRAPHQL_TYPE_NEEDS[guardedTypeName(returnType)];
  if (need && !allows(permissions, need)) throw forbidden(INTEGRATION_FORBIDDEN);
}

/** The type a field's permission depends on: its named type, a connection or edge counting as its node type. */
const guardedNames = new WeakMap<GraphQLOutputType, string>();
function guardedTypeName(returnType: GraphQLOutputType): string {
  let name = guardedNames.get(returnType);
  if (name === undefined) {
    name = getNamedType(returnType).name.replace(/(Connection|Edge)$/, '');
    guardedNames.set(returnType, name);
  }
  return name;
}

function checkResolvedType(permissions: Record<string, string>, item: unknown): void {
  if (item === null || typeof item !== 'object' || !('__typename' in item)) return;
  const need = GRAPHQL_TYPE_NEEDS[String(item.__typename)];
  if (need && !allows(permissions, need)) throw forbidden(INTEGRATION_FORBIDDEN);
}

/** Interfaces and unions (`node(id:)`, search results) are checked on what they resolved to. */
function checkResolvedTypes(ctx: GqlCtx, value: unknown): unknown {
  const permissions = ctx.token.permissions ?? {};
  if (Array.isArray(value)) for (const item of value) checkResolvedType(permissions, item);
  else checkResolvedType(permissions, value);
  return value;
}

const typeResolver: GraphQLTypeResolver<unknown, GqlCtx> = (value) =>
  value !== null && typeof value === 'object' && '__typename' in value ? String(value.__typename) : undefined;

function queryRoot(ctx: GqlCtx): View {
  return {
    __typename: 'Query',
    repository: ({ owner, name }: { owner: string; name: string }) =>
      repoView(ctx, findRepo(ctx, owner, name)),
    node: ({ id }: { id: string }) => {
      const found = nodeById(ctx, id);
      if (!found) throw notFound(`Could not resolve to a node with the global id of '${id}'`);
      return found;
    },
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => nodeById(ctx, id)),
    // An installation token's viewer is its bot with the REST login, suffix included (`github-actions[bot]`),
    // and the bot's databaseId: unlike a Bot author, whose login is the bare slug (common.ts).
    viewer: () => ({
      ...(actorView(ctx, ctx.viewer.login) as View),
      __typename: 'User',
      login: ctx.viewer.login,
    }),
    organization: ({ login }: { login: string }) => ownerView(ctx, login, 'Organization'),
    user: ({ login }: { login: string }) => ownerView(ctx, login, 'User'),
    search: (args: Parameters<typeof search>[1]) => search(ctx, args),
    rateLimit: ({ dryRun }: { dryRun?: boolean }) => {
      const b = ctx.limits.bucket(ctx.token, 'graphql');
      return {
        __typename: 'RateLimit',
        cost: ctx.cost,
        limit: b.limit,
        used: b.used,
        remaining: Math.max(0, b.limit - b.used - (dryRun ? ctx.cost : 0)),
        resetAt: new Date(b.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        nodeCount: ctx.nodeCount,
      };
    },
  };
}

function mutationRoot(ctx: GqlCtx): View {
  const root: View = { __typename: 'Mutation' };
  for (const [name, resolve] of Object.entries(mutationResolvers))
    root[name] = (args: never) => resolve(ctx, args);
  return root;
}

/** GitHub's error shape: message, locations, path, and its `type` when there is one. */
function formatError(e: GraphQLError): Record<string, unknown> {
  const type =
    e.originalError instanceof GitHubGraphQLError
      ? e.originalError.type
      : e instanceof GitHubGraphQLError
        ? e.type
        : (e.extensions?.type as string | undefined);
  return {
    ...(type ? { type } : {}),
    ...(e.path ? { path: e.path } : {}),
    ...(e.locations ? { locations: e.locations } : {}),
    message: e.message,
  };
}

/**
 * Parsed and validated documents by query text. A client sends the same few documents again and again (one
 * per page); validating against GitHub's schema costs about a millisecond each time, for the same answer.
 * Documents are not mutated by execution. Bounded: cleared when it grows past a size no real client reaches.
 */
const documents = new Map<string, { document: DocumentNode | null; errors: readonly GraphQLError[] }>();
const MAX_DOCUMENTS = 500;

function checkedDocument(query: string): { document: DocumentNode | null; errors: readonly GraphQLError[] } {
  const cached = documents.get(query);
  if (cached) return cached;
  let entry: { document: DocumentNode | null; errors: readonly GraphQLError[] };
  try {
    const document = parse(query);
    entry = { document, errors: validate(githubSchema(), document) };
  } catch (err) {
    entry = { document: null, errors: [err as GraphQLError] };
  }
  if (documents.size >= MAX_DOCUMENTS) documents.clear();
  documents.set(query, entry);
  return entry;
}

export async function handleGraphql(
  base: Omit<GqlCtx, 'cost' | 'nodeCount'>,
  body: Record<string, unknown>,
): Promise<Reply> {
  const errorsOnly = (errors: readonly GraphQLError[]): Reply => ({
    status: 200,
    body: { errors: errors.map(formatError) },
  });
  if (typeof body.query !== 'string') {
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  }
  const schema = githubSchema();
  const checked = checkedDocument(body.query);
  if (checked.errors.length > 0) return errorsOnly(checked.errors);
  const { document } = checked as { document: DocumentNode };
  const variables = (body.variables && typeof body.variables === 'object' ? body.variables : {}) as Record<
    string,
    unknown
  >;
  const limits = checkLimits(document, variables);
  if (limits.errors.length > 0) return errorsOnly(limits.errors);

  const ctx: GqlCtx = { ...base, cost: limits.cost, nodeCount: limits.nodeCount };
  // The server already counted one point for the request; a query GitHub prices higher costs the rest.
  if (limits.cost > 1) ctx.limits.consume(ctx.token, 'graphql', limits.cost - 1);
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const result = await execute({
    schema,
    document,
    variableValues: variables,
    operationName,
    contextValue: ctx,
    rootValue: op?.operation === 'mutation' ? mutationRoot(ctx) : queryRoot(ctx),
    fieldResolver,
    typeResolver,
  });
  return {
    status: 200,
    body: { ...(result.errors ? { errors: result.errors.map(formatError) } : {}), data: result.data ?? null },
  };
}
