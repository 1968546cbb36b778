/**
 * Conversation targets of one platform in SQLite: looked up on every activity, written only on change. Rows read are
 * kept per connection while no other connection has committed (`PRAGMA data_version`, a few µs against the ~15 µs of
 * the read), and every write of this connection goes through here and drops the row it changed: an ordinary message
 * then costs no read of the table (issue 18, the Teams bench). Kept rows are frozen, as they are shared.
 */
import type Database from "better-sqlite3";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { ConversationTarget, ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import type { Db } from "../connection.js";
import { prepared } from "../prepared.js";
import { conversationTargets } from "../schema/index.js";

const targetQuery = prepared((db: Db) =>
  db
    .select()
    .from(conversationTargets)
    .where(
      and(
        eq(conversationTargets.platform, sql.placeholder("platform")),
        eq(conversationTargets.kind, sql.placeholder("kind")),
        eq(conversationTargets.ref, sql.placeholder("ref")),
      ),
    )
    .prepare(),
);

interface KeptRows {
  readDataVersion: Database.Statement;
  version: unknown;
  /** By platform, kind and ref; null when there is no such row. */
  rows: Map<string, Readonly<ConversationTarget> | null>;
}

/** Past this many rows the kept ones are dropped and read again as needed. */
const MAX_KEPT = 10_000;
const KEPT = new WeakMap<Database.Database, KeptRows>();

/** The rows kept for this connection, emptied when another connection has committed since the last look. */
function keptRows(client: Database.Database): KeptRows {
  let kept = KEPT.get(client);
  if (!kept) {
    kept = { readDataVersion: client.prepare("pragma data_version").pluck(), version: undefined, rows: new Map() };
    KEPT.set(client, kept);
  }
  const version = kept.readDataVersion.get();
  if (version !== kept.version || kept.rows.size >= MAX_KEPT) {
    kept.version = version;
    kept.rows = new Map();
  }
  return kept;
}

export function createConversationTargetStore(db: Db, platform: string): ConversationTargetStore {
  const keyOf = (kind: string, ref: string) => `${platform}\n${kind}\n${ref}`;
  const find = (kind: string, ref: string): ConversationTarget | undefined => {
    // Inside a transaction a row read may yet be rolled back: read it, keep nothing.
    if (db.$client.inTransaction) return targetQuery(db).get({ platform, kind, ref });
    const { rows } = keptRows(db.$client);
    const key = keyOf(kind, ref);
    const kept = rows.get(key);
    if (kept !== undefined) return kept ?? undefined;
    const row = targetQuery(db).get({ platform, kind, ref });
    rows.set(key, row ? Object.freeze(row) : null);
    return row;
  };
  /** After a write: the row is read again when next asked for. */
  const forget = (kind: string, ref: string) => keptRows(db.$client).rows.delete(keyOf(kind, ref));
  return {
    find,
    newestEnabled() {
      return db
        .select()
        .from(conversationTargets)
        .where(and(eq(conversationTargets.platform, platform), isNull(conversationTargets.disabledAt)))
        .orderBy(desc(conversationTargets.updatedAt))
        .get();
    },
    save(values, now, { reenable }) {
      const existing = find(values.kind, values.ref);
      const wanted = { ...values, ...(reenable ? { disabledAt: null, disabledReason: null } : {}) };
      if (existing) {
        const changed = Object.entries(wanted).some(([key, value]) => value !== undefined && existing[key as keyof ConversationTarget] !== value);
        if (!changed) return;
        db.update(conversationTargets)
          .set({ ...wanted, updatedAt: now })
          .where(eq(conversationTargets.id, existing.id))
          .run();
      } else {
        db.insert(conversationTargets)
          .values({ ...wanted, platform, createdAt: now, updatedAt: now })
          .run();
      }
      forget(values.kind, values.ref);
    },
    disable(kind, ref, reason, now) {
      db.update(conversationTargets)
        .set({ disabledAt: now, disabledReason: reason, updatedAt: now })
        .where(and(eq(conversationTargets.platform, platform), eq(conversationTargets.kind, kind), eq(conversationTargets.ref, ref)))
        .run();
      forget(kind, ref);
    },
  };
}
