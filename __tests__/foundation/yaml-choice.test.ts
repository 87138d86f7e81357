/**
 * Why the config loader uses `yaml` and not js-yaml (docs/architecture.md, "YAML"). Every configuration error
 * names its line and column, and most are found after parsing, by path (`lines[1].tag-pattern`). js-yaml's
 * only source of positions is its `listener` option, which reports nodes as the loader opens and closes
 * them; it reports no node for an empty list item, so the n-th child it reports is not the n-th item and a
 * path cannot be mapped to a place. If a js-yaml release fixes that, this test fails and the choice is worth
 * revisiting.
 */
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { locate, parseYamlWithPositions } from '../../src/config/position.ts';

interface ListenedNode {
  start: number;
  kind: string | null;
  result: unknown;
  children: ListenedNode[];
}

/** The node tree js-yaml's listener describes, with each node's start offset. */
function listenedTree(text: string): ListenedNode {
  const stack: ListenedNode[] = [];
  const roots: ListenedNode[] = [];
  jsYaml.load(text, {
    listener(event, state) {
      if (event === 'open') {
        stack.push({ start: state.position, kind: null, result: undefined, children: [] });
        return;
      }
      const node = stack.pop() as ListenedNode;
      node.kind = state.kind;
      node.result = state.result;
      (stack.at(-1)?.children ?? roots).push(node);
    },
  });
  return roots[0] as ListenedNode;
}

// Two release lines, the first left empty while being written; the second's tag pattern is invalid.
const text = 'lines:\n  -\n  - name: web\n    tag-pattern: "v 1*"\n';

describe('YAML positions for configuration errors', () => {
  it('js-yaml loads the list but reports one node for its two items, so lines[1] has no position', () => {
    const value = jsYaml.load(text) as { lines: unknown[] };
    expect(value.lines).toHaveLength(2);
    const [, list] = listenedTree(text).children; // key "lines", then its value
    expect(list?.kind).toBe('sequence');
    expect(list?.children).toHaveLength(1);
    // The only child is the second item: mapped by index it would be lines[0], the wrong place.
    expect(list?.children[0]?.result).toEqual({ name: 'web', 'tag-pattern': 'v 1*' });
  });

  it('yaml keeps every node with its range: lines[1].tag-pattern is line 4, column 18', () => {
    expect(locate(parseYamlWithPositions(text), ['lines', 1, 'tag-pattern'])).toEqual({
      line: 4,
      column: 18,
    });
  });
});
