import { describe, expect, it } from "vitest";
import { slackSeenEvents, slackSeenSignatures } from "../../../db/schema/index.js";
import { createSlackSeenStore, WRITE_DELAY_MS } from "../../../db/stores/slack-seen.js";
import { openTestDb } from "../../support/db.js";

describe("Slack seen-event store", () => {
  it("lets an event id through once and forgets ids older than a day", () => {
    const db = openTestDb();
    const seen = createSlackSeenStore(db);
    const day = 24 * 60 * 60_000;
    expect(seen.markEventSeen("Ev1", 0)).toBe(true);
    expect(seen.markEventSeen("Ev1", 1000)).toBe(false);
    for (let i = 0; i < 200; i++) seen.markEventSeen(`Ev-later-${i}`, day + 5000);
    expect(
      db
        .select()
        .from(slackSeenEvents)
        .all()
        .some((r) => r.eventId === "Ev1"),
    ).toBe(false);
  });

  it("remembers an id across a new store over the same database (a restart)", () => {
    const db = openTestDb();
    expect(createSlackSeenStore(db).markEventSeen("Ev2", 0)).toBe(true);
    expect(createSlackSeenStore(db).markEventSeen("Ev2", 60_000)).toBe(false);
  });
});

describe("Slack seen-signature store", () => {
  it("accepts a signature once, keeps it until it expires, then prunes it", async () => {
    const db = openTestDb();
    const seen = createSlackSeenStore(db);
    expect(seen.markSignatureSeen("v0=aa", 300_000, 0)).toBe(true);
    expect(seen.markSignatureSeen("v0=aa", 300_000, 1_000)).toBe(false);
    // Written a moment later with the others of that moment (the request does not wait for it); a restart after that
    // refuses it.
    await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS + 20));
    expect(createSlackSeenStore(db).markSignatureSeen("v0=aa", 300_000, 2_000)).toBe(false);
    // A minute past its expiry the next insert prunes it (a replay that late is refused as stale anyway).
    expect(seen.markSignatureSeen("v0=bb", 700_000, 400_000)).toBe(true);
    seen.flush();
    expect(
      db
        .select()
        .from(slackSeenSignatures)
        .all()
        .map((r) => r.signature),
    ).toEqual(["v0=bb"]);
  });

  it("writes what waits at once when flushed (the adapter closing), so a restart right after still refuses it", () => {
    const db = openTestDb();
    const seen = createSlackSeenStore(db);
    expect(seen.markSignatureSeen("v0=dd", 300_000, 0)).toBe(true);
    seen.flush();
    expect(createSlackSeenStore(db).markSignatureSeen("v0=dd", 300_000, 1_000)).toBe(false);
  });
});
