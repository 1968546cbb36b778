import { beforeEach, describe, expect, it } from "vitest";
import { buildForum, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";
import type { Db } from "../../db/connection.js";
import { eq } from "drizzle-orm";
import { auditLog, channelBindings } from "../../db/schema/index.js";

let db: Db;
let bot: TestCore;
beforeEach(() => {
  db = openTestDb();
  buildWorld(db);
  bot = createTestCore(db);
});

describe("core commands", () => {
  it("answers help in the person's language, by Finnish, Swedish and English words", async () => {
    expect(await bot.say("jasen", "ohje")).toContain("Yhdyspinta — komennot");
    expect(await bot.say("svensk", "hjälp")).toContain("Yhdyspinta — kommandon");
    await bot.say("jasen", "language en");
    expect(await bot.say("jasen", "help")).toContain("Yhdyspinta — commands");
  });

  it("lists forums, hiding a private forum from a non-member", async () => {
    const forOutsider = await bot.say("ulko", "foorumit");
    expect(forOutsider).toContain("JOHTO");
    expect(forOutsider).not.toContain("SALA");
    expect(await bot.say("jasen", "foorumit")).toContain("SALA");
    expect(await bot.say("ulko", "foorumi SALA")).toContain("ei ole julkinen");
  });

  it("shows a forum with members, roles and cadence", async () => {
    const text = await bot.say("svensk", "forum johto");
    expect(text).toContain("Jussi Jäsen (ordförande)");
    expect(text).toContain("två gånger per år");
    expect(text).toContain("Sanna Sihteeri");
    // Each member's party by its Swedish name, and a convener who is not a member by name.
    expect(text).toContain("Jussi Jäsen (ordförande) — Staden");
    expect(text).toContain("Sanna Sihteeri (medlem) — Testets välfärdsområde");
    expect(text).toMatch(/Sammankallare\s+Aila Admin/);
  });

  it("hints the closest command for an unknown word instead of failing", async () => {
    expect(await bot.say("jasen", "foorumt")).toContain("Tarkoititko `foorumit`?");
    expect(await bot.say("jasen", "xyzzy")).toContain("Kirjoita `ohje`");
  });

  it("tells whoami and refuses bind to a non-admin naming the role needed", async () => {
    expect(await bot.say("admin", "whoami")).toContain("alueen ylläpitäjä");
    expect(await bot.say("jasen", "bind JOHTO")).toContain("Tämän voi tehdä vain alueen koordinaattori");
  });

  it("lists three forums in whoami as Finnish and Swedish write a list, with ja / och before the last (issue 14 point 6)", async () => {
    buildForum(db, { code: "HYTE", position: 2 }, [{ personId: "sihteeri" }, { personId: "svensk" }]);
    buildForum(db, { code: "TYO", position: 3 }, [{ personId: "svensk" }]);
    const fi = await bot.say("sihteeri", "whoami");
    expect(fi).toMatch(/[A-Z]+ \(jäsen\), [A-Z]+ \(jäsen\) ja HYTE \(jäsen\)/);
    expect(fi).not.toMatch(/\(jäsen\), HYTE/);
    const sv = await bot.say("svensk", "vemärjag");
    expect(sv).toContain("JOHTO (medlem), HYTE (medlem) och TYO (medlem)");
  });

  it("refuses an unknown language in the person's language and changes nothing", async () => {
    expect(await bot.say("svensk", "språk de")).toContain("är inte ett språk jag talar");
    expect(await bot.say("svensk", "hjälp")).toContain("kommandon");
  });
});

describe("binding a channel", () => {
  it("binds, rebinds to another forum and audits the forum it was bound to before", async () => {
    const bind = (code: string) => bot.core.handleCommand({ user: { platform: "slack", id: "UADMIN" }, channelRef: "C1", text: `bind ${code}` });
    expect((await bind("JOHTO")).visibility).toBe("channel");
    await bind("SALA");
    const rows = db.select().from(auditLog).where(eq(auditLog.action, "channel.bind")).all();
    expect(rows.map((r) => [r.before, r.after])).toEqual([
      [null, { forum: "JOHTO" }],
      [{ forum: "JOHTO", disabledAt: null }, { forum: "SALA" }],
    ]);
    expect(db.select().from(channelBindings).all()).toHaveLength(1);
  });
});
