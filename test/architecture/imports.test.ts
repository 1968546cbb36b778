/**
 * The layering of DESIGN.md "Shape", checked on the source: adapters -> src -> db, src/domain pure, no adapter
 * opening the database, and no runtime import cycle (a cycle makes module start-up order matter and hides
 * undefined bindings). Imports are read with the TypeScript compiler's parser; `import type` is not a runtime edge.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const LAYERS = ["src", "adapters", "db", "bin"];

interface Edge {
  from: string;
  to: string;
  /** False for `import type`, `export type` and imports whose every name is a type. */
  runtime: boolean;
  /** `import()`: loaded later, so not part of a start-up cycle. */
  lazy: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** Relative specifiers only; `.js` names the `.ts` source (ESM with NodeNext). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return relative(ROOT, resolve(dirname(join(ROOT, from)), specifier.replace(/\.js$/, ".ts")));
}

function edgesOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (specifier: string, runtime: boolean, lazy: boolean) => {
    const to = resolveSpecifier(file, specifier);
    if (to) edges.push({ from: file, to, runtime, lazy });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      add(node.moduleSpecifier.text, !isTypeOnly(node), false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      add(node.arguments[0].text, true, true);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      add(node.argument.literal.text, false, false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const files = LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer))).map((path) => relative(ROOT, path));
const edges = files.flatMap(edgesOf);
const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const describeEdges = (list: Edge[]) => list.map((e) => `${e.from} -> ${e.to}`);

/** Strongly connected components of more than one file (or a file importing itself), by Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) connect(v);
  return found;
}

describe("import rules", () => {
  it("reads the imports of every source file", () => {
    // Guards the rules below against passing because nothing was parsed.
    expect(files.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === "src/app.ts" && e.to === "src/commands/run.ts" && e.runtime)).toBe(true);
    expect(edges.some((e) => e.from === "src/adapter.ts" && e.to === "src/commands/run.ts" && !e.runtime)).toBe(true);
  });

  it("no adapter imports db/ (adapters get store ports)", () => {
    expect(describeEdges(edges.filter((e) => under(e.from, "adapters") && under(e.to, "db")))).toEqual([]);
  });

  it("no adapter reaches past Core into use cases, the scheduler or the HTTP server", () => {
    const inner = ["src/services", "src/scheduler", "src/http"];
    expect(describeEdges(edges.filter((e) => under(e.from, "adapters") && inner.some((folder) => under(e.to, folder))))).toEqual([]);
  });

  it("nothing in src/ imports adapters/", () => {
    expect(describeEdges(edges.filter((e) => under(e.from, "src") && under(e.to, "adapters")))).toEqual([]);
  });

  it("src/domain imports only src/domain", () => {
    expect(describeEdges(edges.filter((e) => under(e.from, "src/domain") && !under(e.to, "src/domain")))).toEqual([]);
  });

  it("src/calendar renders plain data: it imports nothing of src/services or db/, not even types (issue 19)", () => {
    const calendar = edges.filter((e) => under(e.from, "src/calendar"));
    expect(calendar.length).toBeGreaterThan(10);
    expect(describeEdges(calendar.filter((e) => under(e.to, "src/services") || under(e.to, "db")))).toEqual([]);
  });

  it("no command imports the permission rules: each use case checks its own, commands only parse and render (issue 14 §3)", () => {
    const rules = ["src/services/access.ts", "src/domain/permissions.ts"];
    const commands = edges.filter((e) => under(e.from, "src/commands"));
    expect(commands.length).toBeGreaterThan(100);
    expect(describeEdges(commands.filter((e) => rules.includes(e.to)))).toEqual([]);
  });

  it("db/ imports nothing of src/ at run time (it implements ports by their types)", () => {
    expect(describeEdges(edges.filter((e) => under(e.from, "db") && under(e.to, "src") && e.runtime))).toEqual([]);
  });

  it("finds a cycle when there is one (the rule below can fail)", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts", "d.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["d.ts"]]);
  });

  it("has no runtime import cycle", () => {
    const graph = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const e of edges) if (e.runtime && !e.lazy) graph.get(e.from)?.push(e.to);
    expect(cycles(graph)).toEqual([]);
  });
});
