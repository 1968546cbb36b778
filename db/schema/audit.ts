/** The audit trail: every change people can see leaves one row, in the same transaction as the change. */
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer().notNull(),
    /** Person id, or "system" / "import" for automatic changes. */
    actor: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    before: text({ mode: "json" }),
    after: text({ mode: "json" }),
  },
  (t) => [index("audit_entity").on(t.entity, t.entityId)],
);
