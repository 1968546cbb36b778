/**
 * A 403 from the Bot Connector without one of the "gone for good" codes (say, a wrong app password or a tenant
 * policy) fails the send non-terminally and leaves the target enabled: fixing the configuration must be enough.
 */
import type { CloudAdapter } from "botbuilder";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createTeamsNotifier } from "../../../adapters/teams/notifier.js";
import { rememberActivity } from "../../../adapters/teams/targets.js";
import { ManualClock } from "../../../src/clock.js";
import { reply } from "../../../src/conversation/reply.js";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { createConversationTargetStore } from "../../../db/stores/conversation-targets.js";
import { openTestDb } from "../../support/db.js";

const CHANNEL = "19:johto-channel@thread.tacv2";
const PERSON = "aad-memb";
const message = reply([{ kind: "text", text: "Kokous siirtyy" }]);

function setUp(failure: () => unknown) {
  const db = openTestDb();
  const clock = new ManualClock(Date.parse("2026-11-22T10:00:00Z"));
  const targets = createConversationTargetStore(db, "teams");
  const vars = { SERVICE_URL: "http://127.0.0.1:9" };
  for (const name of ["channel-message", "personal-message"]) rememberActivity(targets, activity(name, vars) as never, clock.now());
  let attempts = 0;
  const fail = async () => {
    attempts++;
    throw failure();
  };
  const adapter = { continueConversationAsync: fail, createConversationAsync: fail } as unknown as CloudAdapter;
  const notifier = createTeamsNotifier({ adapter, targets, clock, log: pino({ level: "silent" }), botAppId: "" });
  return { db, targets, notifier, attempts: () => attempts };
}

const forbidden = (code?: string) =>
  Object.assign(new Error("Forbidden"), {
    statusCode: 403,
    response: { headers: { get: () => undefined }, bodyAsText: JSON.stringify(code ? { error: { code } } : {}) },
  });

describe("Teams notifier and 403s", () => {
  it("sends once and reports a 429 with its Retry-After for the outbox to pace (no retry loop here)", async () => {
    const throttled = (retryAfter?: string) =>
      Object.assign(new Error("Too Many Requests"), {
        statusCode: 429,
        response: { headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) }, bodyAsText: "{}" },
      });
    const withHeader = setUp(() => throttled("3"));
    expect(await withHeader.notifier.send({ platform: "teams", kind: "person", ref: PERSON }, message)).toMatchObject({
      ok: false,
      terminal: false,
      rateLimited: true,
      retryAfterMs: 3000,
    });
    expect(withHeader.attempts()).toBe(1);
    withHeader.db.$client.close();
    const bare = setUp(() => throttled());
    const result = await bare.notifier.send({ platform: "teams", kind: "person", ref: PERSON }, message);
    expect(result).toMatchObject({ ok: false, terminal: false, rateLimited: true });
    expect(result).not.toHaveProperty("retryAfterMs");
    expect(bare.attempts()).toBe(1);
    bare.db.$client.close();
  });

  it("reports a gateway error once, non-terminally, for the outbox to back off", async () => {
    const { db, notifier, attempts } = setUp(() =>
      Object.assign(new Error("Bad Gateway"), { statusCode: 502, response: { headers: { get: () => undefined }, bodyAsText: "{}" } }),
    );
    const result = await notifier.send({ platform: "teams", kind: "channel", ref: CHANNEL }, message);
    expect(result).toMatchObject({ ok: false, terminal: false });
    expect(result).not.toHaveProperty("rateLimited");
    expect(attempts()).toBe(1);
    db.$client.close();
  });

  it("keeps a target enabled after a 403 with no error code, and fails that send once, non-terminally", async () => {
    const { db, targets, notifier, attempts } = setUp(() => forbidden());
    for (const [kind, ref] of [
      ["channel", CHANNEL],
      ["person", PERSON],
    ] as const) {
      const result = await notifier.send({ platform: "teams", kind, ref }, message);
      expect(result).toMatchObject({ ok: false, terminal: false });
      expect(targets.find(kind, ref)?.disabledAt).toBeNull();
    }
    expect(attempts()).toBe(2);
    // The next send is still attempted (the target was not disabled).
    expect(await notifier.send({ platform: "teams", kind: "person", ref: PERSON }, message)).toMatchObject({ ok: false, terminal: false });
    expect(attempts()).toBe(3);
    db.$client.close();
  });

  it("disables a target only for the terminal codes", async () => {
    const { db, targets, notifier } = setUp(() => forbidden("ConversationBlockedByUser"));
    const result = await notifier.send({ platform: "teams", kind: "person", ref: PERSON }, message);
    expect(result).toMatchObject({ ok: false, terminal: true });
    expect(targets.find("person", PERSON)?.disabledReason).toBe("ConversationBlockedByUser");
    db.$client.close();
  });
});
