/**
 * GitHub's published GraphQL schema, and a validator that adds GitHub's own rule graphql-js does not check:
 * every connection whose `nodes` or `edges` are selected must be given `first` or `last` (at most 100).
 */
import { schema as published } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  type DocumentNode,
  type GraphQLError,
  getNamedType,
  type IntrospectionQuery,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';

export const githubSchema = buildClientSchema(published.json as unknown as IntrospectionQuery);

function connectionRuleErrors(document: DocumentNode): string[] {
  const errors: string[] = [];
  const typeInfo = new TypeInfo(githubSchema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!type || !getNamedType(type).name.endsWith('Connection')) return;
        const selected = node.selectionSet?.selections.some(
          (s) => s.kind === 'Field' && (s.name.value === 'nodes' || s.name.value === 'edges'),
        );
        if (!selected) return;
        const size = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        if (!size) errors.push(`${node.name.value}: a connection selecting nodes/edges needs first or last`);
        else if (size.value.kind === 'IntValue' && Number(size.value.value) > 100) {
          errors.push(`${node.name.value}: ${size.name.value} is at most 100`);
        }
      },
    }),
  );
  return errors;
}

export function validateDocument(text: string): string[] {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    return [(error as GraphQLError).message];
  }
  return [...validate(githubSchema, document).map((e) => e.message), ...connectionRuleErrors(document)];
}
