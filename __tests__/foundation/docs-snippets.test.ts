import { describe, expect, it } from 'vitest';
import { docSnippets } from '../docs-snippets.ts';

describe('docSnippets', () => {
  it('finds the README workflow with its line', () => {
    const snippets = docSnippets();
    const readme = snippets.filter((s) => s.file === 'README.md');
    expect(readme.length).toBeGreaterThan(0);
    expect(readme[0]?.line).toBeGreaterThan(1);
    expect(readme.some((s) => s.text.includes('uses:'))).toBe(true);
  });
});
