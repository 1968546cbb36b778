import { beforeEach, describe, expect, it } from "vitest";
import { buildMeeting, buildWorld } from "../builders.js";
import { buildGoals } from "../support/goal-builders.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";
import type { Db } from "../../db/connection.js";
import { channelBindings } from "../../db/schema/index.js";
import { renderReplyText } from "../../src/conversation/render-text.js";

let db: Db;
let bot: TestCore;
let world: ReturnType<typeof buildWorld>;
beforeEach(() => {
  db = openTestDb();
  world = buildWorld(db);
  buildGoals(db);
  buildMeeting(db, world.forum, "2027-04-21T13:00");
  bot = createTestCore(db, Date.parse("2027-04-21T12:00:00Z"));
});

describe("decision command", () => {
  it("records a decision with the next § and shows ANK-style label, goals and diary numbers", async () => {
    const text = await bot.say(
      "sihteeri",
      "päätös JOHTO-2027-1 - Hyväksyttiin toimintasuunnitelma. #T3 #T5 diaari kaupunki:1559/00.02.13/2023 hva:HVA/123/2027",
    );
    expect(text).toContain("JOHTO 21.4.2027 § 1");
    expect(text).toContain("T3, T5");
    expect(text).toContain("1559/00.02.13/2023");
    expect(text).toContain("HVA/123/2027");
    const second = await bot.say("sihteeri", "decision JOHTO-2027-1 muut Toinen asia.");
    expect(second).toContain("JOHTO 21.4.2027 § 2");
  });

  it("refuses a member and changes nothing", async () => {
    const text = await bot.say("jasen", "päätös JOHTO-2027-1 - Jotain");
    expect(text).toContain("Tämän voi tehdä vain");
    expect(await bot.say("sihteeri", "päätökset")).toContain("ei löytynyt");
  });

  it("takes today's meeting of the forum bound to the channel when the meeting id is left out", async () => {
    db.insert(channelBindings).values({ forumId: world.forum.id, platform: "console", channelRef: "C-JOHTO" }).run();
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, channelRef: "C-JOHTO", text: "päätös - Kanavalla kirjattu." });
    expect(renderReplyText(reply)).toContain("JOHTO 21.4.2027 § 1");
  });

  it("opens the form with goals to choose from, and refuses the form to a member", async () => {
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text: "decision JOHTO-2027-1" });
    expect(reply.form?.id).toBe("decision");
    expect(reply.form?.context).toEqual({ meeting: "JOHTO-2027-1" });
    const goals = reply.form?.fields.find((f) => f.name === "goals");
    expect(goals?.kind).toBe("multiSelect");
    expect(goals?.options?.map((o) => o.value)).toEqual(["T3", "T5"]);
    expect(await bot.say("jasen", "päätös JOHTO-2027-1")).toContain("Tämän voi tehdä vain");
  });

  it("has Finnish and Swedish words that no other command uses", async () => {
    expect(await bot.say("svensk", "hjälp beslut")).toContain("beslut <MÖTE>");
    expect(await bot.say("jasen", "ohje pöytäkirja")).toContain("pöytäkirja <KOKOUS>");
    expect(await bot.say("jasen", "ohje raportti")).toContain("raportti [VUOSI]");
  });
});
