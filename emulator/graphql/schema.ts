/** GitHub's real GraphQL schema, from @octokit/graphql-schema's introspection JSON (its SDL does not build). */
import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let cached: GraphQLSchema | undefined;

export function githubSchema(): GraphQLSchema {
  cached ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  return cached;
}
