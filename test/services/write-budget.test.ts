/**
 * Per-person and per-channel write limits through the real core (issue 16 §5): a flood of agenda proposals from one
 * person is held to the budget with a polite "slow down" in the person's language, a busy channel is held to its
 * own, reads are never limited, and waiting restores the budget.
 */
import { describe, expect, it } from "vitest";
import { agendaItems } from "../../db/schema/index.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import { takeToken } from "../../src/domain/token-bucket.js";
import { DEFAULT_WRITE_BUDGET } from "../../src/services/write-budget.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { createTestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";

const M = "JOHTO-2026-1";

function setup() {
  const db = openTestDb();
  const world = buildWorld(db);
  buildMeeting(db, world.forum, "2026-12-10T13:00");
  const bot = createTestCore(db);
  const proposals = () => db.select().from(agendaItems).all();
  const inChannel = async (person: string, text: string, channelRef = "C0JOHTO") =>
    renderReplyText(await bot.core.handleCommand({ user: { platform: "slack", id: person }, channelRef, text }));
  return { db, bot, proposals, inChannel };
}

describe("write budget", () => {
  it("accepts a burst, then holds 2,901 proposals in ten seconds from one person to the refill rate", async () => {
    const { bot, proposals } = setup();
    const replies: string[] = [];
    const stepMs = 10_000 / 2901;
    for (let n = 0; n < 2901; n++) {
      replies.push(await bot.say("jasen", `agenda add ${M} Asia ${n}`));
      bot.clock.advance(stepMs);
    }
    const { capacity, perSecond } = DEFAULT_WRITE_BUDGET.person;
    const accepted = proposals().length;
    expect(accepted).toBeGreaterThanOrEqual(capacity);
    expect(accepted).toBeLessThanOrEqual(capacity + Math.ceil(10 * perSecond));
    const refused = replies.filter((r) => r.startsWith("Teet muutoksia nopeammin kuin ehdin ottaa vastaan. Odota"));
    expect(refused).toHaveLength(2901 - accepted);
    expect(refused[0]).toMatch(/Odota \d+ s ja yritä uudelleen; tätä muutosta ei tallennettu\.$/);
    // Reading is never limited, and another person is not slowed by this one.
    expect(await bot.say("jasen", `agenda ${M}`)).toContain("Asia 0");
    expect(await bot.say("svensk", `agenda add ${M} Min fråga`)).toContain(M);
    // After a pause the person may write again.
    bot.clock.advance(5_000);
    expect(await bot.say("jasen", `agenda add ${M} Vielä yksi`)).toContain("ehdotettu");
  });

  it("says it in Swedish to a Swedish speaker", async () => {
    const { bot } = setup();
    let last = "";
    for (let n = 0; n <= DEFAULT_WRITE_BUDGET.person.capacity; n++) last = await bot.say("svensk", `agenda add ${M} Fråga ${n}`);
    expect(last).toMatch(/^Du gör ändringar snabbare än jag hinner ta emot dem\. Vänta 2 s och försök igen/);
  });

  it("holds a channel to its own budget when many people write in it", async () => {
    const { inChannel, proposals } = setup();
    const people = ["UMEMB", "USWED", "UADMIN", "USECR"];
    const replies: string[] = [];
    for (let n = 0; n < 100; n++) replies.push(await inChannel(people[n % people.length]!, `agenda add ${M} Kanava ${n}`));
    expect(proposals()).toHaveLength(DEFAULT_WRITE_BUDGET.channel.capacity);
    expect(replies.at(-1)).toMatch(/kanava|channel|kanalen/i);
    // The same people elsewhere are not held by that channel.
    expect(await inChannel("UMEMB", `agenda add ${M} Toisaalla`, "D0DIRECT")).toContain("ehdotettu");
  });
});

describe("token bucket", () => {
  it("passes the capacity at once, then one per refill interval, and says how long to wait", () => {
    const rate = { capacity: 2, perSecond: 0.5 };
    let bucket = takeToken(undefined, 0, rate).bucket;
    const second = takeToken(bucket, 0, rate);
    expect(second.ok).toBe(true);
    const third = takeToken(second.bucket, 0, rate);
    expect(third).toMatchObject({ ok: false, retryAfterMs: 2000 });
    bucket = third.bucket;
    expect(takeToken(bucket, 1_000, rate)).toMatchObject({ ok: false, retryAfterMs: 1000 });
    expect(takeToken(bucket, 2_000, rate).ok).toBe(true);
    expect(takeToken(bucket, 60_000, rate).bucket.tokens).toBe(1); // refilled to the capacity, less the one taken
  });
});
