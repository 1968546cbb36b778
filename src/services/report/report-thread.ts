/**
 * Renders the yearly report on a worker thread that opens its own connection to the same SQLite file (WAL lets it
 * read while the server writes). Building a large region's report with its files and PNG charts takes a few hundred
 * milliseconds of synchronous work; on the server's thread every Slack request arriving meanwhile waited for it,
 * and Slack gives its ack 3 seconds (issue 18 §3: ack p99 while reports render ≤ 2× idle; `npm run bench ack`).
 * One thread, started with the first report and stopped after a quiet minute; jobs queue on it in order. An
 * in-memory database has no file to share (tests), so there the report renders inline.
 */
import { Worker } from "node:worker_threads";
import type { Db } from "../../../db/connection.js";
import type { UseCase } from "../use-case.js";
import type { RegionRow } from "../regions.js";
import { type RenderedReport, type ReportJob, renderReport, reportJob } from "./year-report.js";

/** How long the thread is kept after its last job: a report brings a few more (the other languages, the years). */
const IDLE_MS = 60_000;

export interface ReportRequest {
  id: number;
  databasePath: string;
  job: ReportJob;
}

export type ReportAnswer = { id: number; rendered: RenderedReport } | { id: number; error: { message: string; stack?: string } };

/**
 * The `report` command's use case: the readable report and its files (with download addresses under `publicUrl`),
 * rendered off the server's thread when the database is a file.
 */
export function readableReport(uc: UseCase, region: RegionRow, year: number, publicUrl: string): Promise<RenderedReport> {
  return renderOnReportThread(uc.db, reportJob(uc, region, year, publicUrl));
}

/** Renders the job on the report thread (inline for an in-memory database, whose rows no other connection sees). */
export async function renderOnReportThread(db: Db, job: ReportJob): Promise<RenderedReport> {
  if (db.$client.memory) return renderReport(db, job);
  return reportThread().render(db.$client.name, job);
}

interface ReportThread {
  render(databasePath: string, job: ReportJob): Promise<RenderedReport>;
}

let current: ReportThread | undefined;

function reportThread(): ReportThread {
  current ??= startReportThread(() => {
    current = undefined;
  });
  return current;
}

function startReportThread(onExit: () => void): ReportThread {
  const worker = spawnReportWorker();
  const waiting = new Map<number, { resolve(rendered: RenderedReport): void; reject(error: Error): void }>();
  let next = 0;
  let idle: NodeJS.Timeout | undefined;
  let exited = false;
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  worker.on("message", (answer: ReportAnswer) => {
    const job = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ("error" in answer) job?.reject(Object.assign(new Error(answer.error.message), { stack: answer.error.stack }));
    else job?.resolve(answer.rendered);
    if (waiting.size === 0) {
      // Nothing left to wait for: the thread must not keep a finished process (the CLI) alive.
      worker.unref();
      idle = setTimeout(() => void worker.terminate(), IDLE_MS).unref();
    }
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => {
    exited = true;
    onExit();
    failAll(new Error(`the report thread stopped (exit code ${code})`));
  });
  return {
    render(databasePath, job) {
      if (exited) return Promise.reject(new Error("the report thread has stopped"));
      clearTimeout(idle);
      worker.ref();
      const id = ++next;
      return new Promise<RenderedReport>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, databasePath, job } satisfies ReportRequest);
      });
    },
  };
}

/**
 * The built server runs dist/…/report-worker.js as it is. From TypeScript sources (tsx in development, vitest in
 * the tests, the benches) the thread registers tsx's loader first, as the parent's loader does not reach threads.
 */
function spawnReportWorker(): Worker {
  const entry = new URL(import.meta.url.endsWith(".ts") ? "./report-worker.ts" : "./report-worker.js", import.meta.url);
  if (entry.pathname.endsWith(".js")) return new Worker(entry);
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(entry.href)}))`;
  return new Worker(boot, { eval: true });
}
