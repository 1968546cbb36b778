import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/reply.js";
import { minutesState } from "../../src/services/minutes/status.js";
import { buildMeeting, buildPerson, buildWorld } from "../builders.js";
import { recordingNotifier } from "../support/agenda.js";
import { openTestDb } from "../support/db.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { buildGoals } from "../support/goal-builders.js";
import type { Db } from "../../db/connection.js";
import { reminders } from "../../db/schema/index.js";

let db: Db;
let bot: TestCore;
let notifier: ReturnType<typeof recordingNotifier>;
const M = "JOHTO-2027-1";

beforeEach(async () => {
  db = openTestDb();
  const w = buildWorld(db);
  buildGoals(db);
  buildPerson(db, { id: "asiantuntija", name: "Eero Asiantuntija", partyId: "hva" });
  buildMeeting(db, w.forum, "2027-04-21T13:00", { place: "Kokkola, kaupungintalo" });
  buildMeeting(db, w.forum, "2027-09-15T13:00");
  bot = createTestCore(db, Date.parse("2027-04-21T14:00:00Z"));
  notifier = recordingNotifier("slack");
  bot.notifiers.set("slack", notifier);
  await bot.say("sihteeri", `decision ${M} - 1. Hyväksytään suunnitelma.\n2. Seuranta syksyllä. #T3 diary kaupunki:1559/00.02.13/2023 kylä:K/9/2027`);
  await bot.say("sihteeri", `decision ${M} - Merkitään tiedoksi. #T5`);
});

async function command(personId: string, text: string): Promise<Reply> {
  return bot.core.handleCommand({ user: { platform: "console", id: personId }, text });
}

function attachment(reply: Reply, ext: string) {
  return reply.attachments!.find((a) => a.filename.endsWith(ext))!;
}

describe("minutes", () => {
  it("builds the minutes with attendees by role, quorum, inspectors and every §", async () => {
    await bot.say("sihteeri", `minutes present ${M} asiantuntija asiantuntija`);
    await bot.say("sihteeri", `pöytäkirja tarkastajat ${M} jasen svensk`);
    const text = await bot.say("sihteeri", `pöytäkirja ${M}`);
    expect(text).toContain("Pöytäkirja — JOHTO (JOHTO), 21.4.2027");
    expect(text).toMatch(/Puheenjohtaja\s+Jussi Jäsen, Kaupunki/);
    expect(text).toMatch(/Sihteeri\s+Sanna Sihteeri/);
    expect(text).toMatch(/Muut läsnäolijat\s+Eero Asiantuntija/);
    expect(text).toContain("laillisesti koolle kutsutuksi ja päätösvaltaiseksi: läsnä 3/3 jäsentä");
    expect(text).toContain("Jussi Jäsen — ei vielä tarkastanut");
    expect(text).toContain("§ 1");
    expect(text).toContain("§ 2 Merkitään tiedoksi.");
    await bot.say("sihteeri", `minutes absent ${M} svensk`);
    await bot.say("sihteeri", `minutes absent ${M} sihteeri`);
    expect(await bot.say("sihteeri", `minutes ${M}`)).toContain("Kokous ei ole päätösvaltainen: läsnä 1/3 jäsentä");
    await bot.say("sihteeri", `minutes legality ${M} Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.`);
    expect(await bot.say("svensk", `protokoll ${M}`)).toContain("Laglighet och beslutförhet: Kokous todettiin laillisesti");
  });

  it("sends for inspection with an approve button, and finalizes decisions when all inspectors approve", async () => {
    expect(await bot.say("sihteeri", `minutes finish ${M}`)).toContain("Valitse ensin pöytäkirjan tarkastajat");
    await bot.say("sihteeri", `minutes inspectors ${M} jasen svensk`);
    expect(await bot.say("jasen", `minutes finish ${M}`)).toContain("Tämän voi tehdä vain");
    expect(await bot.say("sihteeri", `minutes finish ${M}`)).toContain("Jussi Jäsen ja Stina Svensk");
    await bot.deliver();
    const dms = notifier.sent.filter((s) => s.target.kind === "person");
    expect(dms.map((s) => s.target.ref)).toEqual(["UMEMB", "USWED"]);
    const button = dms[1]!.reply.blocks.find((b) => b.kind === "actions");
    expect(button).toMatchObject({ actions: [{ kind: "button", command: `minutes approve ${M}`, label: "Godkänn protokollet" }] });
    expect(dms[1]!.reply.attachments?.map((a) => a.filename)).toContain(`minutes-${M}.docx`);

    expect(await bot.say("admin", `minutes approve ${M}`)).toContain("Vain kokouksen");
    expect(await bot.say("jasen", `minutes approve ${M}`)).toContain("Odotetaan vielä: Stina Svensk");
    expect(minutesState(db, M)).toEqual({ recorded: false, pendingInspectors: ["svensk"] });
    expect(await bot.say("svensk", `protokoll godkänn ${M}`)).toContain("är nu slutliga");
    expect(minutesState(db, M)).toEqual({ recorded: true, pendingInspectors: [] });
    expect(
      db.query.decisions
        .findMany()
        .sync()
        .map((d) => d.status),
    ).toEqual(["final", "final"]);
  });

  it("queues each inspector's request with the change and attaches the minutes as they are when it is sent", async () => {
    await bot.say("sihteeri", `minutes inspectors ${M} jasen svensk`);
    expect(await bot.say("svensk", `protokoll klart ${M}`)).toContain("Endast");
    expect(
      db
        .select()
        .from(reminders)
        .all()
        .filter((r) => r.kind === "inspection_request"),
    ).toHaveLength(0);
    expect(await bot.say("sihteeri", `minutes finish ${M}`)).toContain("on jonossa ja lähtee minuutin kuluessa");
    const queued = db
      .select()
      .from(reminders)
      .all()
      .filter((r) => r.kind === "inspection_request");
    expect(queued.map((r) => [r.targetRef, r.state, r.payload.attach])).toEqual([
      ["jasen", "pending", "minutes"],
      ["svensk", "pending", "minutes"],
    ]);
    expect(JSON.stringify(queued[0]!.payload)).not.toContain("base64");
    // A correction made before the request goes out is in the files the inspectors get.
    await bot.say("sihteeri", `decision edit ${M} §2 Merkitään tiedoksi ja lähetetään kuntiin.`);
    await bot.deliver();
    const sv = notifier.sent.find((s) => s.target.ref === "USWED")!;
    expect(sv.reply.blocks[0]).toMatchObject({ kind: "text", text: expect.stringContaining("Vänligen justera protokollet") });
    const xml = strFromU8(unzipSync(attachment(sv.reply, ".docx").content as Uint8Array)["word/document.xml"]!);
    expect(xml).toContain("Protokoll");
    expect(xml).toContain("lähetetään kuntiin");
    expect(attachment(sv.reply, ".docx").url).toMatch(new RegExp(`/minutes/${M}/[^/]+\\.docx\\?lang=sv$`));
    expect(
      db
        .select()
        .from(reminders)
        .all()
        .filter((r) => r.kind === "inspection_request")
        .map((r) => r.state),
    ).toEqual(["sent", "sent"]);
  });

  it("clears approvals when a decision is edited during inspection", async () => {
    await bot.say("sihteeri", `minutes inspectors ${M} jasen svensk`);
    await bot.say("sihteeri", `minutes finish ${M}`);
    await bot.say("jasen", `minutes approve ${M}`);
    expect(await bot.say("sihteeri", `decision edit ${M} §2 Merkitään tiedoksi ja lähetetään kuntiin.`)).toContain("Päivitetty");
    expect(minutesState(db, M).pendingInspectors).toEqual(["jasen", "svensk"]);
  });

  it("keeps approved decisions immutable; a correction is an amendment with a new § that cites the original", async () => {
    await bot.say("sihteeri", `minutes inspectors ${M} jasen`);
    await bot.say("sihteeri", `minutes finish ${M}`);
    await bot.say("jasen", `minutes approve ${M}`);
    expect(await bot.say("sihteeri", `decision edit ${M} §1 Uusi teksti`)).toContain("§ 1 on lopullinen (pöytäkirja on tarkastettu) eikä sitä voi muokata");
    expect(await bot.say("sihteeri", `decision ${M} - Myöhästynyt`)).toContain("on jo tarkastettu");
    expect(await bot.say("sihteeri", `minutes inspectors ${M} svensk`)).toContain("on jo tarkastettu");
    // The correction is decided at the next meeting, once that meeting has started.
    bot.clock.set(Date.parse("2027-09-15T10:05:00Z"));
    const amended = await bot.say("sihteeri", "decision amend JOHTO-2027-2 §1 Oikaistaan kohta 2: seuranta keväällä.");
    expect(amended).toContain("JOHTO 15.9.2027 § 3");
    expect(amended).toContain("oikaisee päätöksen JOHTO 21.4.2027 § 1");
    expect(await bot.say("sihteeri", "decision amend JOHTO-2027-2 §3 Oikaistaan oikaisua")).toContain("§ 3 on vielä luonnos");
    const rows = db.query.decisions.findMany().sync();
    expect(rows[0]!.decisionText).toContain("Seuranta syksyllä");
    expect(rows[2]).toMatchObject({ amendmentOfId: rows[0]!.id, meetingId: "JOHTO-2027-2", status: "draft" });
    expect(await bot.say("sihteeri", "minutes JOHTO-2027-2")).toContain("Oikaisee");
  });

  it("exports DOCX that opens, and Markdown and HTML with the expected sections in Finnish and Swedish", async () => {
    await bot.say("sihteeri", `minutes inspectors ${M} jasen svensk`);
    const fi = await command("sihteeri", `minutes ${M}`);
    const docx = attachment(fi, ".docx");
    const files = unzipSync(docx.content as Uint8Array);
    const xml = strFromU8(files["word/document.xml"]!);
    for (const expected of [
      "Pöytäkirja — JOHTO",
      "Puheenjohtaja",
      "Laillisuus ja päätösvaltaisuus",
      "Pöytäkirjan tarkastajat",
      "§ 1",
      "1. Hyväksytään suunnitelma.",
      "2. Seuranta syksyllä.",
      "1559/00.02.13/2023",
    ]) {
      expect(xml).toContain(expected);
    }
    const md = attachment(fi, ".md").content as string;
    expect(md.match(/^## .*/gm)).toEqual([
      "## Puheenjohtaja",
      "## Sihteeri",
      "## Jäsenet",
      "## Laillisuus ja päätösvaltaisuus",
      "## Pöytäkirjan tarkastajat",
      "## Käsitellyt asiat",
      "## Allekirjoitukset",
      "## Tarkastettu",
    ]);
    expect(md.match(/^### .*/gm)).toEqual(["### § 1 1. Hyväksytään suunnitelma.", "### § 2 Merkitään tiedoksi."]);
    expect(md).toContain("**Päätös**");
    const sv = await command("svensk", `protokoll ${M}`);
    const svMd = attachment(sv, ".md").content as string;
    expect(svMd).toContain("# Protokoll — JOHTO (JOHTO), 21.4.2027");
    expect(svMd.match(/^## .*/gm)).toEqual([
      "## Ordförande",
      "## Sekreterare",
      "## Medlemmar",
      "## Laglighet och beslutförhet",
      "## Protokolljusterare",
      "## Behandlade ärenden",
      "## Underskrifter",
      "## Justerat",
    ]);
    const svHtml = attachment(sv, ".html").content as string;
    expect(svHtml).toContain('<html lang="sv">');
    expect(svHtml).toContain("<h2>Laglighet och beslutförhet</h2>");
    expect(svHtml).toContain('<section id="s1">');
    expect(svHtml).toContain("<h4>Beslut</h4>");
    const svXml = strFromU8(unzipSync(attachment(sv, ".docx").content as Uint8Array)["word/document.xml"]!);
    expect(svXml).toContain("Protokolljusterare");
  });

  it("gives one party's extract of one § with its own diary number", async () => {
    const reply = await command("sihteeri", `minutes extract ${M} §1 kylä`);
    expect(reply.blocks[0]).toMatchObject({ kind: "text" });
    const md = attachment(reply, ".md").content as string;
    expect(md).toContain("# Pöytäkirjanote: JOHTO 21.4.2027 § 1");
    expect(md).toContain("Osapuolelle Kylä");
    expect(md).toContain("**Diaarinumerot (Kylä):** K/9/2027");
    expect(md).not.toContain("§ 2");
    expect(md).toContain("## Otteen oikeaksi todistaa\n\nSanna Sihteeri");
    const xml = strFromU8(unzipSync(attachment(reply, ".docx").content as Uint8Array)["word/document.xml"]!);
    expect(xml).toContain("K/9/2027");
  });
});
