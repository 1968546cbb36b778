/**
 * Feed tokens: 256 random bits shown once (base64url), stored only as a SHA-256 hash, revocable. A lookup by an
 * unknown or revoked token finds nothing, and the route answers 404 without saying which.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../../db/connection.js";
import { feedTokens, type FeedScope } from "../../../db/schema/index.js";
import type { Audit } from "../audit.js";

export type FeedTokenRow = typeof feedTokens.$inferSelect;

export interface FeedTarget {
  scope: FeedScope;
  forumId?: number | null;
  partyId?: string | null;
}

/** Tokens are URL-safe and at least 128 bits (we use 256); anything else is not a token. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,128}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token for `ownerId`; the returned `token` is the only copy of the secret. */
export function createFeedToken(tx: Tx, ownerId: string, target: FeedTarget, now: number, audit: Audit): { token: string; row: FeedTokenRow } {
  const token = randomBytes(32).toString("base64url");
  const row = tx
    .insert(feedTokens)
    .values({ tokenHash: hashToken(token), scope: target.scope, ownerId, forumId: target.forumId ?? null, partyId: target.partyId ?? null, createdAt: now })
    .returning()
    .get();
  // The audit row names the scope, never the token or its hash.
  audit({ action: "feed.subscribe", entity: "feed_token", entityId: String(row.id), after: { scope: row.scope, forumId: row.forumId, partyId: row.partyId } });
  return { token, row };
}

/** The active token row for a presented token, or undefined (unknown, malformed or revoked). */
export function findActiveFeedToken(db: DbOrTx, token: string): FeedTokenRow | undefined {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  return db
    .select()
    .from(feedTokens)
    .where(and(eq(feedTokens.tokenHash, hashToken(token)), isNull(feedTokens.revokedAt)))
    .get();
}

export function activeFeedTokens(db: DbOrTx, ownerId: string): FeedTokenRow[] {
  return db
    .select()
    .from(feedTokens)
    .where(and(eq(feedTokens.ownerId, ownerId), isNull(feedTokens.revokedAt)))
    .all();
}

/** Revokes the owner's active tokens matching `target` (all of them when it is undefined); returns how many. */
export function revokeFeedTokens(tx: Tx, ownerId: string, target: FeedTarget | undefined, now: number, audit: Audit): number {
  const matching = activeFeedTokens(tx, ownerId).filter(
    (row) =>
      !target || (row.scope === target.scope && (row.forumId ?? null) === (target.forumId ?? null) && (row.partyId ?? null) === (target.partyId ?? null)),
  );
  for (const row of matching) {
    tx.update(feedTokens).set({ revokedAt: now }).where(eq(feedTokens.id, row.id)).run();
    audit({ action: "feed.revoke", entity: "feed_token", entityId: String(row.id), before: { scope: row.scope, forumId: row.forumId, partyId: row.partyId } });
  }
  return matching.length;
}
