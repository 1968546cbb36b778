#!/usr/bin/env node
// `npx yhdyspinta …`: runs the TypeScript CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
const code = await runCli(
  process.argv.slice(2),
  (s) => process.stdout.write(`${s}\n`),
  (s) => process.stderr.write(`${s}\n`),
);
process.exit(code);
