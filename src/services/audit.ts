/**
 * Every change people can see is one transaction with its audit row (who, what, when, before/after).
 * `change` runs the work and writes the audit rows it collected inside the same transaction.
 */
import type { Db, Tx } from "../../db/connection.js";
import { auditLog } from "../../db/schema/index.js";
import { chargeWrite } from "./write-budget.js";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => void;

export interface ChangeOptions {
  /**
   * Take SQLite's write lock at BEGIN (BEGIN IMMEDIATE), so a read-then-insert (the next § number) cannot interleave
   * with another connection doing the same.
   */
  immediate?: boolean;
}

/**
 * @example change(db, person.id, now, (tx, audit) => { tx.update(...).run(); audit({ action: "meeting.move", ... }); })
 */
export function change<T>(db: Db, actor: string, at: number, work: (tx: Tx, audit: Audit) => T, options: ChangeOptions = {}): T {
  chargeWrite(db, at); // a chat command's first write (through its handle) takes from its person's and channel's budget, or is refused here
  return db.transaction(
    (tx) => {
      const audit: Audit = (entry) => {
        tx.insert(auditLog)
          .values({ at, actor, action: entry.action, entity: entry.entity, entityId: entry.entityId, before: entry.before ?? null, after: entry.after ?? null })
          .run();
      };
      return work(tx, audit);
    },
    options.immediate ? { behavior: "immediate" } : undefined,
  );
}
