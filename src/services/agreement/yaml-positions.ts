/**
 * Where a path of the parsed agreement file is written: line and column (1-based) of its value, or of its key.
 * A missing field points at the nearest thing that is there (the mapping that lacks it).
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

export type Path = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

/** `forums[2].cadence`, as a person would write it (indices from 0). */
export function fieldName(path: Path): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === "number") return `${acc}[${part}]`;
    return acc === "" ? String(part) : `${acc}.${String(part)}`;
  }, "");
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * The offset of `path` in the document. With `key`, the offset of the last step's key (for unknown fields);
 * otherwise that of the value. Falls back to the deepest ancestor that exists.
 */
function offsetAt(doc: Document, path: Path, key: boolean): number {
  let node: unknown = doc.contents;
  let found = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return found;
      const keyOffset = offsetOf(pair.key);
      if (last && key && keyOffset !== undefined) return keyOffset;
      node = pair.value;
      found = offsetOf(node) ?? keyOffset ?? found;
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
      if (node === undefined) return found;
      found = offsetOf(node) ?? found;
    } else {
      return found;
    }
  }
  return found;
}

export function positionAt(doc: Document, counter: LineCounter, path: Path, key = false): Position {
  const { line, col } = counter.linePos(offsetAt(doc, path, key));
  return { line, column: col };
}

/** The plain value at `path` of parsed data (undefined when absent). */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step as string];
  }
  return value;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null | undefined)?.range;
  return range !== undefined && range !== null && range[0] <= offset && offset <= range[1];
}

/** The path of the deepest node written at `offset` (for YAML syntax errors, which have only a position). */
export function pathAtOffset(doc: Document, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && (contains(p.key, offset) || contains(p.value, offset)));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}
