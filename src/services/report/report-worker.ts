/**
 * The report thread's entry (src/services/report/report-thread.ts): renders each job it is sent on its own read
 * connection to the database file, in one read transaction so every query sees the same moment, and answers with
 * the rendered report or the error.
 */
import { parentPort } from "node:worker_threads";
import { type Db, openDatabase } from "../../../db/connection.js";
import type { ReportAnswer, ReportRequest } from "./report-thread.js";
import { renderReport } from "./year-report.js";

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

parentPort!.on("message", ({ id, databasePath, job }: ReportRequest) => {
  let answer: ReportAnswer;
  try {
    const db = connection(databasePath);
    answer = { id, rendered: db.transaction((tx) => renderReport(tx, job), { behavior: "deferred" }) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    answer = { id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(answer);
});
