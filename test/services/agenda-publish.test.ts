/** Publishing and republishing the agenda: versions, SEQUENCE, channel post, member notices, the published API. */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agendaItems, agendaVersions, auditLog, meetings, people, reminders } from "../../db/schema/index.js";
import { publishedAgenda } from "../../src/services/agenda/published.js";
import { agendaWorld, type AgendaWorld } from "../support/agenda.js";
import { createTestCore } from "../support/core.js";

let w: AgendaWorld;
const M = "JOHTO-2027-1";
const sequence = () => w.db.select().from(meetings).where(eq(meetings.id, M)).get()!.sequence;

beforeEach(async () => {
  w = agendaWorld();
  await w.bot.say("jasen", `agenda add ${M} Lasten liikunta -- Yhteinen malli #T3`);
  await w.bot.say("svensk", `agenda add ${M} Skolhälsa`);
});

describe("publishing", () => {
  it("freezes a numbered version, raises SEQUENCE and accepts the on-time proposals", async () => {
    expect(sequence()).toBe(0);
    const text = await w.bot.say("sihteeri", `esityslista julkaise ${M}`);
    expect(text).toContain(`Kokouksen ${M} esityslistan versio 1 julkaistu: viesti on jonossa 1 kanavalle ja 2 jäsenelle ja lähtee minuutin kuluessa.`);
    expect(sequence()).toBe(1);
    expect(
      w.db
        .select()
        .from(agendaItems)
        .all()
        .every((i) => i.state === "accepted"),
    ).toBe(true);
    const published = publishedAgenda(w.db, M);
    expect(published).toMatchObject({
      version: 1,
      items: [
        { number: 1, title: "Lasten liikunta" },
        { number: 2, title: "Skolhälsa" },
      ],
    });
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, "agenda.publish")).all()).toHaveLength(1);
    expect(
      w.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "agenda.accept"))
        .all()
        .map((a) => a.actor),
    ).toEqual(["sihteeri", "sihteeri"]);
  });

  it("posts to the forum's channel in the region's language and tells each member in theirs", async () => {
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    const channel = w.notifier.sent.find((s) => s.target.kind === "channel");
    expect(channel?.target.ref).toBe("CJOHTO");
    expect(channel?.text).toContain(`Kokouksen ${M} esityslista on julkaistu.`);
    expect(channel?.text).toContain("1. Lasten liikunta");
    const swede = w.notifier.sent.find((s) => s.target.ref === "USWED");
    expect(swede?.text).toContain(`Föredragningslistan för mötet ${M} har publicerats.`);
    expect(swede?.text).toContain("Tid    ons 13.10.2027 kl. 13.00–15.00");
    expect(w.notifier.sent.find((s) => s.target.ref === "UMEMB")?.text).toContain("Aika");
    expect(w.notifier.sent.some((s) => s.target.ref === "USECR")).toBe(false);
  });

  it("still tells the secretary of a late proposal and its proposer of the answer when the agenda is published before they are sent", async () => {
    // A second core with no platform on: its changes queue messages and send none (as from the command line).
    const later = Date.parse("2027-10-12T09:00:00Z"); // past the agenda deadline of the meeting on 13.10.
    const cli = createTestCore(w.db, later);
    expect(await cli.say("jasen", `agenda add ${M} Myöhässä tuleva asia`)).toContain("myöhässä");
    await cli.say("sihteeri", `agenda accept ${M} #3`);
    await cli.say("sihteeri", `agenda publish ${M}`);
    w.bot.clock.set(later);
    await w.bot.deliver();
    const to = (ref: string) => w.notifier.sent.filter((s) => s.target.ref === ref).map((s) => s.text);
    expect(to("USECR").some((text) => text.includes("Myöhässä tuleva asia"))).toBe(true);
    expect(to("UMEMB").some((text) => text.includes("hyväksyttiin kokouksen"))).toBe(true);
    expect(to("UMEMB").some((text) => text.includes("esityslista on julkaistu"))).toBe(true);
  });

  it("republishes a change as a new version that says what changed; keeps the old version", async () => {
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    expect(await w.bot.say("sihteeri", `agenda publish ${M}`)).toContain("Mikään ei ole muuttunut version 1 jälkeen");
    await w.bot.say("jasen", `agenda add ${M} Uusi asia`);
    const hint = await w.bot.say("sihteeri", `agenda order ${M} #2 #1`);
    expect(hint).toContain("julkaise uudelleen");
    expect(await w.bot.say("sihteeri", `agenda ${M}`)).toContain("muuttunut sen jälkeen");
    w.notifier.sent.length = 0;
    const text = await w.bot.say("sihteeri", `agenda publish ${M}`);
    expect(text).toContain("versio 2 julkaistu");
    expect(text).toContain("Muutokset versioon 1 verrattuna:");
    expect(text).toContain("Lisätty: Uusi asia");
    expect(text).toContain("Asioiden järjestys muuttui.");
    expect(w.notifier.sent.find((s) => s.target.ref === "USWED")?.text).toContain("Tillagt: Uusi asia");
    expect(sequence()).toBe(2);
    const versions = w.db.select().from(agendaVersions).where(eq(agendaVersions.meetingId, M)).all();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.content.items.map((i) => i.title)).toEqual(["Lasten liikunta", "Skolhälsa"]);
    expect(publishedAgenda(w.db, M)!.items.map((i) => i.title)).toEqual(["Skolhälsa", "Lasten liikunta", "Uusi asia"]);
  });

  it("says when a removed item leaves the agenda", async () => {
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    await w.bot.say("sihteeri", `agenda reject ${M} #2 Ei kuulu tälle foorumille`);
    expect(await w.bot.say("sihteeri", `agenda publish ${M}`)).toContain("Poistettu: Skolhälsa");
  });

  it("refuses a member and an outsider; nothing is published", async () => {
    expect(await w.bot.say("jasen", `agenda publish ${M}`)).toContain("Tämän voi tehdä vain foorumin sihteeri");
    expect(await w.bot.say("ulko", `agenda publish ${M}`)).toContain("Tämän voi tehdä vain");
    expect(publishedAgenda(w.db, M)).toBeUndefined();
    expect(sequence()).toBe(0);
  });

  it("lets members read the published agenda; before that, says it is not published", async () => {
    const before = await w.bot.say("jasen", `agenda ${M}`);
    expect(before).toContain("esityslistaa ei ole vielä julkaistu. Ehdotukset viimeistään 1.10.2027 klo 16.00");
    expect(before).toContain(`[Ehdota asiaa: agenda add ${M}]`);
    expect(before).toContain("Omat ehdotuksesi");
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    const text = await w.bot.say("ulko", `agenda ${M}`);
    expect(text).toContain("Versio 1, julkaistu");
    expect(text).toContain("1. Lasten liikunta");
  });

  it("publishes standing items in each reader's language", async () => {
    await w.bot.say("sihteeri", `agenda standing ${M}`);
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    expect(publishedAgenda(w.db, M, "sv")!.items[0]!.title).toBe("Mötets öppnande");
    expect(publishedAgenda(w.db, M)!.items.at(-1)!.title).toBe("Kokouksen päättäminen");
    expect(await w.bot.say("svensk", `agenda ${M}`)).toContain("Val av protokolljusterare");
  });
});

describe("late proposals", () => {
  const LATE = Date.parse("2027-10-12T09:00:00Z"); // past the agenda deadline of the meeting on 13.10.

  it("queue only the item for the secretary; the message with its buttons is rendered when sent, in the secretary's language then", async () => {
    // Proposed where nothing is sent (as from the command line); the running bot delivers after the language changed.
    const cli = createTestCore(w.db, LATE);
    expect(await cli.say("jasen", `agenda add ${M} Myöhässä tuleva asia`)).toContain("myöhässä");
    const item = w.db.select().from(agendaItems).where(eq(agendaItems.title, "Myöhässä tuleva asia")).get()!;
    const rows = w.db.select().from(reminders).where(eq(reminders.kind, "late_proposal")).all();
    expect(rows.map((r) => [r.targetRef, r.payload])).toEqual([["sihteeri", { itemId: item.id }]]);

    w.db.update(people).set({ locale: "sv" }).where(eq(people.id, "sihteeri")).run();
    w.bot.clock.set(LATE);
    await w.bot.deliver();
    const sent = w.notifier.sent.filter((s) => s.target.ref === "USECR");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain("Myöhässä tuleva asia");
    expect(sent[0]!.text).toContain("försenat, väntar på godkännande");
    const actions = sent[0]!.reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : []));
    expect(actions.map((a) => [a.label, a.kind === "button" ? a.command : a.url])).toEqual([
      [`Godkänn #${item.number}`, `agenda accept ${M} #${item.number}`],
      [`Avslå #${item.number}`, `agenda reject ${M} #${item.number}`],
    ]);
  });

  it("are written with the proposal: a failure after the item is written leaves neither it nor the notice", async () => {
    w.bot.clock.set(LATE);
    const before = w.db.select().from(agendaItems).all();
    w.db.$client.exec("CREATE TRIGGER outbox_fails BEFORE INSERT ON reminders BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    expect(await w.bot.say("jasen", `agenda add ${M} Myöhässä tuleva asia`)).not.toContain("myöhässä");
    expect(w.db.select().from(agendaItems).all()).toEqual(before);
    expect(w.db.select().from(reminders).where(eq(reminders.kind, "late_proposal")).all()).toEqual([]);
    w.db.$client.exec("DROP TRIGGER outbox_fails");
    expect(await w.bot.say("jasen", `agenda add ${M} Myöhässä tuleva asia`)).toContain("myöhässä");
    expect(w.db.select().from(reminders).where(eq(reminders.kind, "late_proposal")).all()).toHaveLength(1);
  });
});
