// `npm run build` (and `npm ci`, through `prepare`): compiles src/, adapters/, db/ and bin/ to JavaScript in dist/
// once, so `npm start` runs plain node instead of compiling TypeScript at every start (issue 18), and copies the
// files the code reads beside itself (the SQL migrations, the demo agreement file) to the same relative places.
// `--if-stale` (what `npm start` runs first) builds only when a source file is newer than the last build, so a
// checkout that changed since never starts yesterday's code.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const STAMP = "dist/.built";
const SOURCES = ["src", "adapters", "db", "bin", "examples", "tsconfig.json", "tsconfig.build.json", "package.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (process.argv.includes("--if-stale") && existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...SOURCES.map(newest))) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // A production install without dev dependencies (`npm ci --omit=dev`): nothing to compile with; ship dist/ built.
  console.warn("build: typescript is not installed; dist/ left as it is");
  process.exit(0);
}
rmSync("dist", { recursive: true, force: true });
const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
for (const dir of ["db/migrations", "examples"]) cpSync(dir, `dist/${dir}`, { recursive: true });
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
