/**
 * A write transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE), so reading the last § and inserting
 * the next one cannot interleave with another connection doing the same; the audit rows go in the same transaction.
 * A unique-index conflict (another process won the race despite that) is retried a few times.
 */
import type { Db, Tx } from "../../../db/connection.js";
import { change, type Audit } from "../audit.js";

const RETRIES = 5;

export function immediateChange<T>(db: Db, actor: string, at: number, work: (tx: Tx, audit: Audit) => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return change(db, actor, at, work, { immediate: true });
    } catch (error) {
      if (attempt < RETRIES && isUniqueConflict(error)) continue;
      throw error;
    }
  }
}

function isUniqueConflict(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
