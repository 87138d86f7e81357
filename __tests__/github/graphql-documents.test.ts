import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validateDocument } from './graphql-schema.ts';

const DIR = 'src/github/graphql';
const files = readdirSync(DIR).filter((f) => f.endsWith('.graphql'));

describe('GraphQL documents', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s is valid against GitHub’s published schema', (file) => {
    expect(validateDocument(readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });

  it.each(files)('%s holds one operation named after the file', (file) => {
    const document = parse(readFileSync(join(DIR, file), 'utf8'));
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    expect(operations[0]?.kind === 'OperationDefinition' && operations[0].name?.value).toBe(
      file.replace('.graphql', ''),
    );
  });

  it('the validator catches what GitHub rejects', () => {
    expect(validateDocument('query { viewer { nope } }')[0]).toMatch(/Cannot query field "nope"/);
    expect(validateDocument('query { viewer { repositories { nodes { id } } } }')).toContain(
      'repositories: a connection selecting nodes/edges needs first or last',
    );
    expect(validateDocument('query { viewer { repositories(first: 500) { nodes { id } } } }')).toContain(
      'repositories: first is at most 100',
    );
  });
});

describe('ReleasePullRequestsWithFiles', () => {
  // Two documents rather than one with `files @include(if: $withFiles)`: GitHub does not document that a
  // skipped connection goes unpriced, so the release without a line scope must not carry it at all.
  const read = (name: string) => readFileSync(join(DIR, `${name}.graphql`), 'utf8');
  const operation = (text: string) => text.slice(text.indexOf('query '));

  it('is ReleasePullRequests plus the files of each pull request, nothing else', () => {
    const plain = operation(read('ReleasePullRequests'));
    const withFiles = operation(read('ReleasePullRequestsWithFiles'))
      .replace('query ReleasePullRequestsWithFiles(', 'query ReleasePullRequests(')
      .replace(/\n {8}files\(first: 100\) \{\n(?: {10}.*\n)+ {8}\}/, '');
    expect(withFiles).toBe(plain);
    expect(plain).not.toMatch(/files|@include/);
  });
});
