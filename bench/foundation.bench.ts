/**
 * Foundation figures: importing the demo agreement (baseline: opening an empty database) and the cold start of
 * `npm start`'s process to a listening server (baseline: a bare node:http server started the same way).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/connection.js";
import { DEMO_SEED_FILE } from "../src/config.js";
import { importAgreement } from "../src/services/agreement/index.js";
import { heading, report, time } from "./lib.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function untilListening(args: string[], env: NodeJS.ProcessEnv, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let seen = "";
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) {
        child.kill("SIGKILL");
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => (pattern.test(seen) ? undefined : reject(new Error(`exited ${code}: ${seen.slice(-500)}`))));
  });
}

export default async function foundationBench(): Promise<void> {
  heading("foundation");
  const yaml = readFileSync(DEMO_SEED_FILE, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-"));
  let n = 0;
  const empty = await time(() => openDatabase(join(dir, `empty-${n++}.db`), { migrate: false }).$client.close(), 30);
  const imported = await time(() => {
    const db = openDatabase(join(dir, `import-${n++}.db`));
    const result = importAgreement(db, yaml, { actor: "bench", now: Date.now(), locale: "en" });
    if (!result.ok) throw new Error("demo agreement invalid");
    db.$client.close();
  }, 30);
  report("import demo agreement (fresh file db)", imported, empty);

  const bare = await time(
    () => untilListening(["-e", "require('node:http').createServer(()=>{}).listen(0,()=>console.log('listening'))"], {}, /listening/),
    5,
    1,
  );
  // What `npm start` runs: the built server, rebuilt first when a source is newer than the last build.
  if (spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: ROOT, stdio: "inherit" }).status !== 0) throw new Error("build failed");
  const ours = await time(
    () =>
      untilListening(["dist/bin/start.js"], { DATABASE_PATH: join(dir, `cold-${n++}.db`), PORT: "0", CONSOLE: "off", LOG_LEVEL: "info" }, /"msg":"listening"/),
    5,
    1,
  );
  report("cold start to listening (first start, seeds demo)", ours, bare);
  rmSync(dir, { recursive: true, force: true });
}
