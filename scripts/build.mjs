// `npm run build` (and `npm ci`, through `prepare`): bundles the server (bin/start.ts with src/, adapters/ and db/)
// into dist/bin/ once, so `npm start` runs plain node on a few files instead of compiling TypeScript, or resolving and
// reading some 700 modules, at every start (issue 18). The Slack and Teams adapters, the DOCX writer and the platform
// SDKs are separate chunks that load only when first needed. Native packages (better-sqlite3, resvg) and the ones the
// code requires lazily at run time (date-holidays) stay in node_modules. Comments and indentation are left out: the
// source text of the bundle is kept in memory, and without them the server starts with about 20 MB less resident.
// Source maps are written beside the chunks (`NODE_OPTIONS=--enable-source-maps` for TypeScript lines in stacks).
// The files the code reads beside itself (the SQL migrations, the demo agreement file) are copied to dist/ at their
// places in the source tree, and each module's `import.meta.url` is its place there (dist/db/connection.js, ...).
// `--if-stale` (what `npm start` runs first) builds only when a source file is newer than the last build, so a
// checkout that changed since never starts yesterday's code. Type checking is `npm run typecheck` (and `npm test`).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const STAMP = join(root, "dist/.built");
const SOURCES = ["src", "adapters", "db", "bin", "examples", "scripts/build.mjs", "tsconfig.json", "package.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (process.argv.includes("--if-stale") && existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(root, s))))) {
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A production install without dev dependencies (`npm ci --omit=dev`): nothing to bundle with; ship dist/ built.
  console.warn("build: esbuild is not installed; dist/ left as it is");
  process.exit(0);
}

const OUT = join(root, "dist/bin");

/** Every chunk lands in dist/bin/; a module's `import.meta.url` becomes the URL it would have in dist/ unbundled. */
const placeOfModule = {
  name: "import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes("node_modules")) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "ts" };
      const place = relative(OUT, join(root, "dist", relative(root, args.path))).replace(/\.ts$/, ".js");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(place)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

rmSync(join(root, "dist"), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  // The render thread's entry (src/services/render/render-thread.ts) is a second entry sharing the server's chunks.
  entryPoints: { start: "bin/start.ts", "render-worker": "src/services/render/render-worker.ts" },
  outdir: OUT,
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["better-sqlite3", "@resvg/resvg-js"],
  minifyWhitespace: true,
  legalComments: "none",
  sourcemap: "linked",
  sourcesContent: false,
  // Bundled CommonJS packages call require(); give the ES module chunks one.
  banner: { js: 'import { createRequire as __yhdyspintaRequire } from "node:module"; const require = __yhdyspintaRequire(import.meta.url);' },
  plugins: [placeOfModule],
  logLevel: "warning",
});
// esbuild escapes what lies beyond ASCII in strings but not in regular expressions (`/[-–—]/`, `/["“”„«»]/`). One
// character past Latin-1 makes V8 keep a chunk's whole source text two bytes a character, and each thread keeps its
// own copy (~1.6 MB more on the server's thread, ~0.5 MB on the render thread): escape those few as \uXXXX, which
// mean the same characters in a regular expression as in a string (an astral one as its surrogate pair, which a /u
// pattern reads as the one character). Their source map columns on that line move by a few characters.
for (const file of readdirSync(OUT).filter((f) => f.endsWith(".js"))) {
  const text = readFileSync(join(OUT, file), "utf8");
  // `\—` (an escaped dash in a pattern) would become `\\u2014`, a backslash and five letters: refuse, not break.
  if (/\\[\u0100-\uffff]/.test(text)) throw new Error(`build: ${file} escapes a character past Latin-1 with a backslash; write it as \\uXXXX in the source`);
  const escaped = text.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (escaped !== text) writeFileSync(join(OUT, file), escaped);
}
// render-thread.ts starts its worker beside itself (dist/src/services/render/, its place unbundled); the file there
// loads the bundled entry.
const workerPlace = join(root, "dist/src/services/render/render-worker.js");
mkdirSync(dirname(workerPlace), { recursive: true });
writeFileSync(workerPlace, `import ${JSON.stringify(relative(dirname(workerPlace), join(OUT, "render-worker.js")))};\n`);
for (const dir of ["db/migrations", "examples"]) cpSync(join(root, dir), join(root, "dist", dir), { recursive: true });
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
