/**
 * Soak (issue 16 §8): the real server in a child process (Teams adapter, core, SQLite, feeds and pages) under 50
 * concurrent connections, then left idle. Prints resident memory and heap before, at the peak and after the idle
 * period, with the ratio after/before — for our server and, as the baseline in the same run, the same server
 * without the collection after a burst (src/http/idle-memory.ts). Goal: after/before ≤ 1.2×.
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import express from "express";
import { heading } from "./lib.js";
import type { SoakMemory } from "./soak-server.js";

const CONNECTIONS = 50;
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 4000);
const IDLE_MS = 10_000;
const SETTLE_MS = IDLE_MS + 5_000;

/** A loopback Bot Connector that accepts every reply (the strict test fake validates cards, too slow for a soak). */
async function startConnector(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(express.json({ limit: "5mb" }));
  let n = 0;
  app.post(/.*/, (_req, res) => void res.json({ id: `r${++n}` }));
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

function personalMessage(serviceUrl: string): string {
  const text = readFileSync(new URL("../test/fixtures/teams/personal-message.json", import.meta.url), "utf8").replaceAll("{{SERVICE_URL}}", serviceUrl);
  return JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), text: "whoami" });
}

interface Child {
  process: ChildProcess;
  port: number;
  meetingId: string;
  pageKey: string;
}

async function startChild(env: Record<string, string>): Promise<Child> {
  const child = fork(new URL("./soak-server.ts", import.meta.url).pathname, [], { execArgv: ["--import", "tsx"], env: { ...process.env, ...env } });
  const ready = await new Promise<{ port: number; meetingId: string; pageKey: string }>((resolve, reject) => {
    child.on("message", (m: { type: string; port: number; meetingId: string; pageKey: string }) => m.type === "ready" && resolve(m));
    child.on("exit", (code) => reject(new Error(`soak server exited (${code})`)));
  });
  return { process: child, ...ready };
}

function memoryOf(child: Child): Promise<SoakMemory> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; memory: SoakMemory }) => {
      if (m.type !== "memory") return;
      child.process.off("message", onMessage);
      resolve(m.memory);
    };
    child.process.on("message", onMessage);
    child.process.send({ type: "memory" });
  });
}

/** The child's peak resident memory so far (VmHWM), where /proc is available. */
function highWater(child: Child): number | undefined {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.process.pid}/status`, "utf8"))![1]) * 1024;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

interface SoakResult {
  before: SoakMemory;
  peak: { rss: number; heapUsed: number };
  after: SoakMemory;
  seconds: number;
}

async function soak(env: Record<string, string>, serviceUrl: string): Promise<SoakResult> {
  const child = await startChild(env);
  const base = `http://127.0.0.1:${child.port}`;
  const teams = personalMessage(serviceUrl);
  const request = async (i: number) => {
    const kind = i % 20;
    const res =
      kind < 10
        ? await fetch(`${base}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: teams })
        : kind < 15
          ? await fetch(`${base}/meetings/${child.meetingId}/${child.pageKey}`)
          : kind < 18
            ? await fetch(`${base}/annual-clock/2027.svg`)
            : await fetch(`${base}/healthz`);
    await res.arrayBuffer();
  };
  // The warm-up is a burst big enough to be collected after (idle-memory.ts counts 200): both servers start from the
  // idle state they settle in, as they will end.
  for (let i = 0; i < 250; i++) await request(i);
  await sleep(SETTLE_MS);
  const before = await memoryOf(child);
  const peak = { rss: before.rss, heapUsed: before.heapUsed };
  const poll = setInterval(() => {
    void memoryOf(child).then((m) => {
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    });
  }, 250);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < REQUESTS) await request(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  peak.rss = Math.max(peak.rss, highWater(child) ?? 0);
  await sleep(SETTLE_MS);
  const after = await memoryOf(child);
  child.process.send({ type: "stop" });
  await new Promise((r) => child.process.once("exit", r));
  return { before, peak, after, seconds };
}

function print(name: string, r: SoakResult): number {
  const ratio = r.after.rss / r.before.rss;
  console.log(
    `${name}: RSS before ${mb(r.before.rss)}, peak ${mb(r.peak.rss)}, after ${mb(r.after.rss)} | heap before ${mb(r.before.heapUsed)}, peak ${mb(r.peak.heapUsed)}, after ${mb(r.after.heapUsed)} | open sockets after ${r.after.sockets} | ratio after/before ${ratio.toFixed(2)}×`,
  );
  return ratio;
}

export default async function bench(): Promise<void> {
  heading(`soak: ${REQUESTS} requests over ${CONNECTIONS} connections (Teams, meeting page, annual clock, health), then ${SETTLE_MS / 1000} s idle`);
  const connector = await startConnector();
  try {
    const ours = await soak({}, connector.url);
    const baseline = await soak({ SOAK_IDLE_MEMORY: "off" }, connector.url);
    console.log(`load: ${(REQUESTS / ours.seconds).toFixed(0)} requests/s (baseline ${(REQUESTS / baseline.seconds).toFixed(0)} requests/s)`);
    const ratio = print("ours (collects after a burst)", ours);
    const base = print("baseline (same server, no collection after a burst)", baseline);
    console.log(
      `idle RSS after the load: ours ${mb(ours.after.rss)} vs baseline ${mb(baseline.after.rss)} | ratio after/before ${ratio.toFixed(2)}× vs ${base.toFixed(2)}× (goal ≤ 1.2×)`,
    );
  } finally {
    await connector.close();
  }
}
