/**
 * The render thread's entry (./render-thread.ts): reads each job it is sent on its own read connection to the
 * database file, in one read transaction so every query sees the same moment, renders it, and answers with the
 * result (its buffers handed over, not copied) or the error. Jobs are answered in the order they came.
 */
import { parentPort } from "node:worker_threads";
import { type Db, openDatabase } from "../../../db/connection.js";
import { type RenderFinish, readerOf, transferablesOf } from "./render-job.js";
import type { RenderAnswer, RenderRequest } from "./render-thread.js";

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

// One job at a time: a DOCX packs asynchronously, and the next job waits for it rather than interleaving.
let queue = Promise.resolve();
parentPort!.on("message", (request: RenderRequest) => {
  queue = queue.then(() => answer(request));
});
