/**
 * Where in the user's YAML file a configuration problem is: line and column (1-based) of the key or value a
 * key path names, so an error can say "line 3, column 10" and become an annotation on the file.
 */
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
} from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYamlWithPositions(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  return { document, lineCounter };
}

function positionOf(parsed: ParsedYaml, offset: number): SourcePosition {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

function pairIn(node: unknown, key: PropertyKey): Pair<Node, Node> | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((pair): pair is Pair<Node, Node> => {
    if (!isPair(pair)) return false;
    const k = pair.key;
    return isScalar(k) ? String(k.value) === String(key) : false;
  });
}

/**
 * The position of `path` (plus, for an unknown key, the key itself). When the path is not in the file (the
 * value came from the default plan) the deepest part of it that is, else the start of the file.
 */
export function locate(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
  unknownKey?: string,
): SourcePosition {
  let node: unknown = parsed.document.contents;
  let best: SourcePosition = { line: 1, column: 1 };
  const segments = unknownKey === undefined ? path : [...path, unknownKey];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (typeof segment === 'number' && node && typeof node === 'object' && 'items' in node) {
      const item = (node as { items: unknown[] }).items[segment] as Node | undefined;
      if (!item?.range) return best;
      best = positionOf(parsed, item.range[0]);
      node = item;
      continue;
    }
    const pair = pairIn(node, segment);
    if (!pair) return best;
    // An unknown key points at the key; a bad value at the value (or its key when the value is empty).
    const target = last && unknownKey === undefined && pair.value?.range ? pair.value : pair.key;
    if (target?.range) best = positionOf(parsed, target.range[0]);
    node = pair.value;
  }
  return best;
}
