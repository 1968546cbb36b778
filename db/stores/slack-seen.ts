/**
 * Slack event ids already handled (https://docs.slack.dev/apis/events-api#retries) and request signatures already
 * accepted, in SQLite. Event ids older than a day are forgotten (Slack retries within minutes); signatures once
 * their timestamp has left the five-minute window (the request would be refused as stale anyway).
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

export function createSlackSeenStore(db: Db): SlackSeenStore {
  let inserts = 0;
  let signaturesPrunedAt = Number.NEGATIVE_INFINITY;
  // Every Slack request runs this: compiled once rather than built by the query builder each time (issue 18 §5).
  const insertSignature = db.$client.prepare("insert into slack_seen_signatures (signature, expires_at) values (?, ?) on conflict do nothing");
  return {
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
        signaturesPrunedAt = now;
      }
      return insertSignature.run(signature, expiresAt).changes > 0;
    },
  };
}
