/**
 * `npm run bench [name …]`: runs every bench/*.bench.ts (or the named ones) in turn; each prints its figures and
 * the ratio against a baseline measured in the same run.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
for (const file of files) {
  const bench = (await import(`./${file}`)) as { default: () => Promise<void> };
  await bench.default();
}
