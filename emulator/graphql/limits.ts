/**
 * GitHub's pagination rules, which graphql-js validation does not know: `first` or `last` is required on
 * every connection whose `nodes` or `edges` are selected, at most 100; plus a rough query cost for `rateLimit`.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getNamedType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { githubSchema } from './schema.ts';

const MAX_PAGE = 100;
const MAX_NODES = 500_000;

export interface LimitResult {
  errors: GraphQLError[];
  /** GitHub's cost: requests needed / 100, at least 1. */
  cost: number;
  /** Nodes the query may return at most (GitHub's `nodeCount`). */
  nodeCount: number;
}

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function selectsNodes(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  if (!set) return false;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === 'nodes' || s.name.value === 'edges';
    if (s.kind === Kind.INLINE_FRAGMENT) return selectsNodes(s.selectionSet, fragments, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return selectsNodes(fragments.get(s.name.value)?.selectionSet, fragments, seen);
  });
}

export function checkLimits(document: DocumentNode, variables: Record<string, unknown>): LimitResult {
  const schema = githubSchema();
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const errors: GraphQLError[] = [];
  const multipliers: number[] = [1];
  let requested = 0;
  let nodes = 0;
  let overLimit = false;

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : null;
          const isConnection =
            !!named && named.name.endsWith('Connection') && selectsNodes(node.selectionSet, fragments);
          if (!isConnection) {
            multipliers.push(multipliers.at(-1) ?? 1);
            return;
          }
          const arg = (name: string) => node.arguments?.find((a) => a.name.value === name)?.value;
          const first = intValue(arg('first'), variables);
          const last = intValue(arg('last'), variables);
          const field = node.name.value;
          if (first === undefined && last === undefined) {
            errors.push(
              new GraphQLError(
                `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
                {
                  nodes: node,
                  extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
                },
              ),
            );
          }
          for (const [name, value] of [
            ['first', first],
            ['last', last],
          ] as const) {
            if (value !== undefined && (value > MAX_PAGE || value < 0)) {
              errors.push(
                new GraphQLError(
                  value < 0
                    ? `\`${name}\` on the \`${field}\` connection cannot be less than zero.`
                    : `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`,
                  { nodes: node, extensions: { type: 'EXCESSIVE_PAGINATION' } },
                ),
              );
            }
          }
          // GitHub prices a query by the requests it takes: one per parent object for each connection,
          // while the node limit counts every object those requests can return.
          const parents = multipliers.at(-1) ?? 1;
          const size = (first ?? last ?? 0) * parents;
          requested += parents;
          nodes += size;
          if (nodes > MAX_NODES && !overLimit) {
            overLimit = true;
            errors.push(
              new GraphQLError(
                `By the time this query traverses to the ${field} connection, it is requesting up to ${nodes} possible nodes which exceeds the maximum limit of ${MAX_NODES}.`,
                { nodes: node, extensions: { type: 'MAX_NODE_LIMIT_EXCEEDED' } },
              ),
            );
          }
          multipliers.push(Math.max(1, size));
        },
        leave() {
          multipliers.pop();
        },
      },
    }),
  );
  return { errors, cost: Math.max(1, Math.round(requested / 100)), nodeCount: nodes };
}
