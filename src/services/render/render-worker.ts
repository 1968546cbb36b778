/**
 * The render thread's entry (./render-thread.ts): reads each job it is sent on its own read connection to the
 * database file, in one read transaction so every query sees the same moment, renders it, and answers with the
 * result (its buffers handed over, not copied) or the error. Jobs are answered in the order they came. After a burst
 * of jobs and a few quiet seconds it runs one full collection, as the server's thread does after a burst of requests
 * (src/http/idle-memory.ts): the thread is a heap of its own, and nothing else would make it give back the garbage
 * of the burst until the thread stops (issue 18 §4; `npm run bench -- startup`).
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { type Db, openDatabase } from "../../../db/connection.js";
import { fullCollection } from "../../http/idle-memory.js";
import { type RenderFinish, readerOf, transferablesOf } from "./render-job.js";
import type { RenderAnswer, RenderCollected, RenderRequest, RenderThreadOptions } from "./render-thread.js";

/** Connections by file; the server has one, the tests a few in turn. */
const connections = new Map<string, Db>();
const MAX_CONNECTIONS = 4;

function connection(path: string): Db {
  let db = connections.get(path);
  if (!db) {
    // The server that sent the job has applied the migrations already.
    db = openDatabase(path, { migrate: false });
    if (connections.size >= MAX_CONNECTIONS) {
      const [oldest, old] = connections.entries().next().value!;
      old.$client.close();
      connections.delete(oldest);
    }
    connections.set(path, db);
  }
  return db;
}

async function answer({ id, databasePath, job }: RenderRequest): Promise<void> {
  let reply: RenderAnswer;
  try {
    const db = connection(databasePath);
    const read = await readerOf(job);
    const finish: RenderFinish = db.transaction((tx) => read(tx), { behavior: "deferred" });
    reply = { id, result: await finish() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply, "result" in reply ? transferablesOf(reply.result) : []);
}

const { quietMs, minJobs } = workerData as RenderThreadOptions;
let pending = 0;
let jobsSinceCollection = 0;
let quiet: NodeJS.Timeout | undefined;

/** One full collection when the jobs since the last one make a burst; the server's thread hears of it. */
function collectAfterBurst(): void {
  quiet = undefined;
  if (pending > 0 || jobsSinceCollection < minJobs) return;
  const gc = fullCollection();
  if (!gc) return;
  const heapBefore = getHeapStatistics().total_heap_size;
  gc();
  parentPort!.postMessage({ collected: { jobs: jobsSinceCollection, heapBefore, heapAfter: getHeapStatistics().total_heap_size } } satisfies RenderCollected);
  jobsSinceCollection = 0;
}

// One job at a time: a DOCX packs asynchronously, and the next job waits for it rather than interleaving.
let queue = Promise.resolve();
parentPort!.on("message", (request: RenderRequest) => {
  pending++;
  clearTimeout(quiet);
  queue = queue
    .then(() => answer(request))
    .finally(() => {
      pending--;
      jobsSinceCollection++;
      // Unref'd: a quiet timer must not keep the thread (nor the process) alive.
      if (pending === 0) quiet = setTimeout(collectAfterBurst, quietMs).unref();
    });
});
