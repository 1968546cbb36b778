/**
 * Slack event ids already handled (https://docs.slack.dev/apis/events-api#retries) and request signatures already
 * accepted, in SQLite. Event ids older than a day are forgotten (Slack retries within minutes); signatures once
 * their timestamp has left the five-minute window (the request would be refused as stale anyway).
 *
 * Signatures are checked on every Slack request, so the check is a set in memory (loaded from the table when the
 * store is made, so a restart does not reopen the window) and the inserts wait WRITE_DELAY_MS, to be written in one
 * transaction with the others of that time: a commit costs 60–80 µs, which the reply to the request would otherwise
 * wait for (it ran in the next turn of the event loop, before the command; issue 18 §5), and a batch of twenty
 * costs ~9 µs a signature. Closing the adapter writes what waits (`flush`). One process serves Slack's endpoint; a
 * crash within WRITE_DELAY_MS of accepting a request forgets its signature.
 */
import { lt } from "drizzle-orm";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";
import type { Db } from "../connection.js";
import { slackSeenEvents, slackSeenSignatures } from "../schema/index.js";

const KEEP_EVENTS_MS = 24 * 60 * 60_000;
/** Forget old event ids every this many new ones (cheap: the seen_at index). */
const PRUNE_EVENTS_EVERY = 200;
/** Forget expired signatures at most this often (cheap: the expires_at index). */
const PRUNE_SIGNATURES_MS = 60_000;
/** How long an accepted signature waits to be written with the others accepted meanwhile. */
export const WRITE_DELAY_MS = 20;

export function createSlackSeenStore(db: Db): SlackSeenStore {
  let inserts = 0;
  let signaturesPrunedAt = Number.NEGATIVE_INFINITY;
  const client = db.$client;
  const insertSignature = client.prepare("insert into slack_seen_signatures (signature, expires_at) values (?, ?) on conflict do nothing");
  const signatures = new Map<string, number>(
    (client.prepare("select signature, expires_at as expiresAt from slack_seen_signatures").all() as { signature: string; expiresAt: number }[]).map((r) => [
      r.signature,
      r.expiresAt,
    ]),
  );
  let pending: [string, number][] = [];
  let timer: NodeJS.Timeout | undefined;
  const writePending = client.transaction((rows: [string, number][]) => {
    for (const [signature, expiresAt] of rows) insertSignature.run(signature, expiresAt);
  });
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const rows = pending;
    pending = [];
    if (rows.length === 0) return;
    // A failed write (disk full) loses only the after-restart memory of these; this process still refuses them.
    try {
      writePending(rows);
    } catch {}
  };
  return {
    flush,
    markEventSeen(eventId, now) {
      const inserted = db.insert(slackSeenEvents).values({ eventId, seenAt: now }).onConflictDoNothing().run();
      if (inserted.changes > 0 && ++inserts % PRUNE_EVENTS_EVERY === 0)
        db.delete(slackSeenEvents)
          .where(lt(slackSeenEvents.seenAt, now - KEEP_EVENTS_MS))
          .run();
      return inserted.changes > 0;
    },
    markSignatureSeen(signature, expiresAt, now) {
      if (now - signaturesPrunedAt >= PRUNE_SIGNATURES_MS) {
        db.delete(slackSeenSignatures).where(lt(slackSeenSignatures.expiresAt, now)).run();
        for (const [seen, expires] of signatures) if (expires < now) signatures.delete(seen);
        signaturesPrunedAt = now;
      }
      if (signatures.has(signature)) return false;
      signatures.set(signature, expiresAt);
      if (pending.push([signature, expiresAt]) === 1) timer = setTimeout(flush, WRITE_DELAY_MS).unref();
      return true;
    },
  };
}
