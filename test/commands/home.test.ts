import { beforeEach, describe, expect, it } from "vitest";
import { homeReply, HOME_SECTIONS, type HomeSection } from "../../src/commands/core/home.js";
import type { Context } from "../../src/commands/context.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";
import type { Db } from "../../db/connection.js";

let db: Db;
let bot: TestCore;
let world: ReturnType<typeof buildWorld>;

beforeEach(() => {
  db = openTestDb();
  world = buildWorld(db);
  // 2027-03-20 12:00 Helsinki (EET); daylight saving starts on 2027-03-28.
  bot = createTestCore(db, Date.parse("2027-03-20T10:00:00Z"));
});

async function homeOf(personId: string, sections?: HomeSection[]): Promise<string> {
  const ctx = (await bot.core.contextFor({ platform: "console", id: personId })) as Context;
  return renderReplyText(homeReply(ctx, sections));
}

describe("home view", () => {
  it("lists the person's next meetings in local time on both sides of the DST change, without past or cancelled ones", async () => {
    buildMeeting(db, world.forum, "2027-03-01T13:00");
    buildMeeting(db, world.forum, "2027-03-26T13:00");
    buildMeeting(db, world.forum, "2027-03-30T13:00");
    buildMeeting(db, world.forum, "2027-04-02T13:00", { status: "cancelled" });
    const text = await homeOf("jasen");
    expect(text).toContain("Seuraavat kokouksesi");
    expect(text).toContain("JOHTO-2027-2 JOHTO — pe 26.3.2027 klo 13.00–15.00");
    expect(text).toContain("JOHTO-2027-3 JOHTO — ti 30.3.2027 klo 13.00–15.00");
    expect(text).not.toContain("JOHTO-2027-1");
    expect(text).not.toContain("JOHTO-2027-4");
  });

  it("shows agenda calls only while the deadline (16.00 local, N days before) is ahead", async () => {
    buildMeeting(db, world.forum, "2027-03-26T13:00");
    buildMeeting(db, world.forum, "2027-04-09T13:00");
    const text = await homeOf("jasen");
    expect(text).toContain("JOHTO-2027-2 JOHTO: ehdota asioita viimeistään 30.3.2027 klo 16.00");
    expect(text).not.toContain("JOHTO-2027-1 JOHTO: ehdota");
  });

  it("offers the subscribe button, in the person's language", async () => {
    const text = await homeOf("svensk");
    expect(text).toContain("Inga möten är inplanerade");
    expect(text).toContain("[Prenumerera på min kalender: subscribe mine]");
  });

  it("tells an unknown user how to get linked", async () => {
    const ctx = (await bot.core.contextFor({ platform: "slack", id: "UNKNOWN", locale: "en-US" })) as Context;
    const text = renderReplyText(homeReply(ctx));
    expect(text).toContain("you need to be linked");
    expect(text).toContain("I don't know you yet");
  });

  it("leaves out a failing section instead of failing the whole view", async () => {
    const broken: HomeSection = () => {
      throw new Error("boom");
    };
    const text = await homeOf("jasen", [broken, ...HOME_SECTIONS]);
    expect(text).toContain("Seuraavat kokouksesi");
  });
});
