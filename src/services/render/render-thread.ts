/**
 * The server's render thread: the yearly report, its downloads and charts, the annual clock picture and the minutes
 * (./render-job.ts) are built and drawn on a worker thread that opens its own connection to the same SQLite file (WAL
 * lets it read while the server writes). Each is 8–300 ms of synchronous work at national scale; on the server's
 * thread every Slack request arriving meanwhile waited for it, and Slack gives its ack 3 seconds (issue 18 §3: ack
 * p99 while reports render ≤ 2× idle; `npm run bench ack`). One thread, started with the first job and stopped after
 * a quiet minute; jobs queue on it in order. An in-memory database has no file to share (tests), so there a job
 * renders inline.
 */
import { Worker } from "node:worker_threads";
import type { Db } from "../../../db/connection.js";
import { keepHeapSmallAgain } from "../../heap-flags.js";
import { type RenderJob, type RenderResult, runRenderJob } from "./render-job.js";

/** How long the thread is kept after its last job: a download brings a few more (the charts, the other formats). */
const IDLE_MS = 60_000;

export interface RenderRequest {
  id: number;
  databasePath: string;
  job: RenderJob;
}

export type RenderAnswer = { id: number; result: RenderResult } | { id: number; error: { message: string; stack?: string } };

/** What the thread tells of its collection after a burst of jobs (./render-worker.ts): its heap's size before and after. */
export interface RenderCollected {
  collected: { jobs: number; heapBefore: number; heapAfter: number };
}

/** When the thread collects its garbage: after `quietMs` without a job, once `minJobs` jobs came since the last time. */
export interface RenderThreadOptions {
  quietMs: number;
  minJobs: number;
}

let threadOptions: RenderThreadOptions = { quietMs: 3_000, minJobs: 10 };

/** Sets when threads started from now on collect after a burst (the tests shorten the quiet). */
export function setRenderThreadOptions(options: Partial<RenderThreadOptions>): void {
  threadOptions = { ...threadOptions, ...options };
}

/**
 * Renders the job on the render thread, or inline for an in-memory database, whose rows no other connection sees.
 * A job's failure rejects the promise (a route's 500, a command's error reply); the thread goes on with the next.
 *
 * @example const html = await renderOnThread(db, { kind: "report-file", region, year: 2025, now, locale: "fi", format: "html" });
 */
export async function renderOnThread<J extends RenderJob>(db: Db, job: J): Promise<RenderResult<J>> {
  if (db.$client.memory) return runRenderJob(db, job);
  return (await renderThread().render(db.$client.name, job)) as RenderResult<J>;
}

/** What the thread has done in this process: threads started and stopped, jobs answered (tests and benches read these). */
export function renderThreadStats(): { started: number; stopped: number; answered: number; collections: number; running: boolean } {
  return { ...stats, running: current !== undefined };
}

const stats = { started: 0, stopped: 0, answered: 0, collections: 0 };

interface RenderThread {
  render(databasePath: string, job: RenderJob): Promise<RenderResult>;
}

let current: RenderThread | undefined;

function renderThread(): RenderThread {
  if (!current) {
    const thread = startRenderThread(() => {
      // A thread that stopped when idle has been replaced already: its exit leaves the new one in use.
      if (current === thread) current = undefined;
    });
    current = thread;
  }
  return current;
}

function startRenderThread(onExit: () => void): RenderThread {
  const worker = spawnRenderWorker();
  stats.started++;
  // Starting the thread's heap puts V8's flags back; the server's heap is kept small again once it is up.
  worker.once("online", keepHeapSmallAgain);
  const waiting = new Map<number, { resolve(result: RenderResult): void; reject(error: Error): void }>();
  let next = 0;
  let idle: NodeJS.Timeout | undefined;
  let exited = false;
  /** Stops taking jobs at once (a new thread takes the next), then stops the thread; its exit follows later. */
  const stop = () => {
    if (exited) return;
    exited = true;
    onExit();
    void worker.terminate();
  };
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  worker.on("message", (answer: RenderAnswer | RenderCollected) => {
    if ("collected" in answer) {
      stats.collections++;
      return;
    }
    stats.answered++;
    const job = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ("error" in answer) job?.reject(Object.assign(new Error(answer.error.message), { stack: answer.error.stack }));
    else job?.resolve(answer.result);
    if (waiting.size === 0) {
      // Nothing left to wait for: the thread must not keep a finished process (the CLI) alive.
      worker.unref();
      idle = setTimeout(stop, IDLE_MS).unref();
    }
  });
  worker.on("error", (error) => {
    // The thread is gone (its exit follows): the next job goes to a new one.
    exited = true;
    onExit();
    failAll(error);
  });
  worker.on("exit", (code) => {
    stats.stopped++;
    exited = true;
    onExit();
    failAll(new Error(`the render thread stopped (exit code ${code})`));
  });
  return {
    render(databasePath, job) {
      if (exited) return Promise.reject(new Error("the render thread has stopped"));
      clearTimeout(idle);
      worker.ref();
      const id = ++next;
      return new Promise<RenderResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, databasePath, job } satisfies RenderRequest);
      });
    },
  };
}

/**
 * The built server runs dist/…/render-worker.js as it is. From TypeScript sources (tsx in development, vitest in
 * the tests, the benches) the thread registers tsx's loader first, as the parent's loader does not reach threads.
 */
function spawnRenderWorker(): Worker {
  const entry = new URL(import.meta.url.endsWith(".ts") ? "./render-worker.ts" : "./render-worker.js", import.meta.url);
  const workerData: RenderThreadOptions = threadOptions;
  if (entry.pathname.endsWith(".js")) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(entry.href)}))`;
  return new Worker(boot, { eval: true, workerData });
}
