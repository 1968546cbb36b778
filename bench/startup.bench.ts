/**
 * `npm run bench startup`: start-up and memory of the built server (`npm start` runs `node dist/bin/start.js`) on an
 * existing national database (issue 18). Spawn to the first 200 of /healthz, against a bare node:http server that
 * opens the same file (bench/bare-server.mjs), turn about in one run (goal ≤ 8×); resident memory after start (goal
 * ≤ 120 MB) and after 1,000 mixed requests — health, a forum's iCal feed, a meeting page, the annual clock PNG, the
 * yearly report — (goal ≤ 150 MB), right after them and once the server has been quiet. Builds dist/ first when it
 * is older than the sources.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { forums } from "../db/schema/index.js";
import { change } from "../src/services/audit.js";
import { createFeedToken } from "../src/services/feeds/tokens.js";
import { heading, summarize } from "./lib.js";
import { nationalFile } from "./national.bench.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const START = join(root, "dist/bin/start.js");
const BARE = join(root, "bench/bare-server.mjs");
const STARTS = 7;
const REQUESTS = 1000;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  ms: number;
  port: number;
}

/** Spawns `script` on the database and waits for /healthz to answer 200; the time from spawn to that answer. */
async function startServer(script: string, databasePath: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // As `npm start` sets it: the render thread's native memory (SQLite's page cache, resvg) shares the C library's
      // two arenas instead of a 64 MB arena of its own (~5 MB less resident right after the requests, same run).
      MALLOC_ARENA_MAX: "2",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      CONSOLE: "off",
      LOG_LEVEL: "warn",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, ms: performance.now() - started, port };
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

export default async function startupBench(): Promise<void> {
  heading("startup: spawn to /healthz and memory of the built server on a national database");
  // What `npm start` runs first: rebuild dist/ when a source is newer than the last build.
  const built = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-startup-"));
  const path = join(dir, "national.db");
  const db = nationalFile(dir, "national.db", { regions: 21, years: 10 });
  const forum = db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  const admin = "marjatta.lehtinen";
  const { token } = change(db, admin, Date.now(), (tx, audit) => createFeedToken(tx, admin, { scope: "forum", forumId: forum.id }, Date.now(), audit));
  const meeting = (db.$client.prepare("select id from meetings where forum_id = ? and year = 2025 order by number limit 1").get(forum.id) as { id: string }).id;
  db.$client.close();

  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    for (const [script, samples] of i % 2 === 0
      ? ([
          [START, ours],
          [BARE, bare],
        ] as const)
      : ([
          [BARE, bare],
          [START, ours],
        ] as const)) {
      const s = await startServer(script, path);
      samples.push(s.ms);
      await stop(s.child);
    }
  }
  const [a, b] = [summarize(ours), summarize(bare)];
  const ratio = a.p50 / b.p50;
  console.log(
    `spawn to /healthz: p50 ${a.p50.toFixed(0)} ms (min ${ours[0]!.toFixed(0)}) | bare node:http on the same file p50 ${b.p50.toFixed(0)} ms | ratio ${ratio.toFixed(2)}× (goal ≤ 8×) — ${ratio <= 8 ? "met" : "NOT met"}`,
  );

  const server = await startServer(START, path);
  // After the start-up catch-up of reminders too (a second after listening; it loads the holiday rules).
  await new Promise((r) => setTimeout(r, 2_500));
  const afterStart = rssMb(server.child.pid!);
  const base = `http://127.0.0.1:${server.port}`;
  const urls = [`/healthz`, `/ical/${token}.ics`, `/meetings/${meeting}`, `/annual-clock/2026.png`, `/reports/2025.md?lang=fi`];
  const statuses = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const url = urls[i % urls.length]!;
    const response = await fetch(base + url);
    await response.arrayBuffer();
    statuses.set(`${url.split("/")[1]} ${response.status}`, (statuses.get(`${url.split("/")[1]} ${response.status}`) ?? 0) + 1);
  }
  const took = performance.now() - started;
  const afterLoad = rssMb(server.child.pid!);
  // The server collects garbage once it has been quiet for 10 s after a burst (src/http/idle-memory.ts).
  await new Promise((r) => setTimeout(r, 11_000));
  const afterQuiet = rssMb(server.child.pid!);
  await stop(server.child);
  console.log(`RSS after start: ${afterStart.toFixed(0)} MB (goal ≤ 120 MB) — ${afterStart <= 120 ? "met" : "NOT met"}`);
  console.log(
    `RSS after ${REQUESTS} mixed requests (${[...statuses].map(([k, n]) => `${k}×${n}`).join(", ")}; ${(took / 1000).toFixed(1)} s): ${afterLoad.toFixed(0)} MB (goal ≤ 150 MB) — ${afterLoad <= 150 ? "met" : "NOT met"}`,
  );
  console.log(
    `RSS 11 s after the burst (one full collection when quiet): ${afterQuiet.toFixed(0)} MB (goal ≤ 150 MB) — ${afterQuiet <= 150 ? "met" : "NOT met"}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
