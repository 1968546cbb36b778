/**
 * Free text through the real paths (issue 16 §5): a corpus of control characters and oversize fields through
 * signed Slack slash commands and through the command line. Every refusal is in the person's language and changes
 * nothing; ordinary text (tabs, newlines, emoji, right-to-left script with its marks) is stored as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, auditLog, meetings } from "../../db/schema/index.js";
import { openDatabase } from "../../db/connection.js";
import { runCli } from "../../src/cli/main.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { tempDbPath } from "../support/db.js";
import { buildGoals } from "../support/goal-builders.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack/slack-server.js";

/** Characters that act instead of showing, and the label the refusal names. */
const CONTROL_CORPUS: [string, string][] = [
  ["Punainen \u001b[31mteksti\u001b[0m", "U+001B (ESC)"],
  ["Kello soi\u0007\u0007", "U+0007 (BEL)"],
  ["Nolla\u0000tavu", "U+0000 (NUL)"],
  ["Askel\u0008taakse", "U+0008 (BS)"],
  ["Poisto\u007f", "U+007F"],
  ["C1 \u009b31m CSI", "U+009B"],
  ["Lasku \u202eexe.txt", "U+202E (RLO)"],
  ["Eristys \u2066piilo\u2069", "U+2066 (LRI)"],
  ["Pysty\u000bsarkain", "U+000B"],
  ["Sivun\u000cvaihto", "U+000C (FF)"],
  ["Osc \u001b]8;;https://evil.example\u001b\\linkki", "U+001B (ESC)"],
];

/** Text people really type: kept. */
const ORDINARY = ["Sarkain\tja rivi", "Rivi yksi\r\nrivi kaksi", "Hymy 🙂 ja 👩‍👩‍👧", "العربية \u200fمرحبا", "Yhdistävä e\u0301"];

const signed = { secret: SIGNING_SECRET };
const M = "JOHTO-2026-1";
let seq = 0;
const slack = useSlackServer();

async function slash(user: string, text: string, command = "/agenda"): Promise<string> {
  const id = `f${++seq}`;
  const fields = {
    ...fixture("slash-command"),
    user_id: user,
    command,
    text,
    channel_id: "C0FUZZ",
    response_url: slack.fake.responseUrl(id),
    trigger_id: `t-${id}`,
  };
  expect((await postCommand(slack.server.url, fields, signed)).status).toBe(200);
  const posted = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)), `reply to ${text.slice(0, 40)}`);
  return JSON.stringify(posted.body);
}

const counts = () => ({
  items: slack.server.app.db.select().from(agendaItems).all().length,
  audit: slack.server.app.db.select().from(auditLog).all().length,
});

describe("free text through signed Slack", () => {
  it("refuses every control character of the corpus, naming it, in Finnish and Swedish, storing nothing", async () => {
    const before = counts();
    for (const [text, label] of CONTROL_CORPUS) {
      const fi = await slash("UMEMB", `lisää ${M} ${text}`);
      expect(fi, text).toContain(`Tekstissä on ohjausmerkki (${label})`);
    }
    const sv = await slash("USWED", `lägg till ${M} Faktura \u202eexe.pdf`);
    expect(sv).toContain("Texten innehåller ett styrtecken (U+202E (RLO))");
    expect(counts()).toEqual(before);
  });

  it("stores ordinary text as typed, with Windows line ends made plain", async () => {
    for (const text of ORDINARY) expect(await slash("UMEMB", `lisää ${M} Otsikko -- ${text}`)).toContain("ehdotettu");
    const stored = slack.server.app.db
      .select()
      .from(agendaItems)
      .all()
      .map((i) => i.description);
    expect(stored).toEqual(expect.arrayContaining(ORDINARY.map((t) => t.replace("\r\n", "\n"))));
    expect(stored.join("")).not.toContain("\r");
  });

  it("refuses an oversize place and a 100 kB message, saying how long and the limit", async () => {
    const before = counts();
    const meetingsBefore = slack.server.app.db.select().from(meetings).all().length;
    const place = await slash("USECR", `ajoita JOHTO 14.1.2027 13-15 ${"Valtuustosali ".repeat(25)}!`, "/forum");
    expect(place).toContain("Paikka on liian pitkä: 349 merkkiä, enintään 300.");
    const huge = await slash("USECR", `ajoita JOHTO 14.1.2027 13-15 ${"x".repeat(100_000)}`, "/forum");
    expect(huge).toContain("Viesti on liian pitkä: 100029 merkkiä, enintään 12000.");
    const title = await slash("UMEMB", `lisää ${M} ${"Pitkä otsikko ".repeat(20)}`);
    expect(title).toContain("on liian pitkä");
    expect(slack.server.app.db.select().from(meetings).all()).toHaveLength(meetingsBefore);
    expect(counts()).toEqual(before);
  });
});

describe("free text through the command line", () => {
  const dbPath = tempDbPath("yhdyspinta-fuzz-cli-");
  const saved = process.env.DATABASE_PATH;

  beforeAll(() => {
    const db = openDatabase(dbPath);
    const world = buildWorld(db);
    buildMeeting(db, world.forum, "2026-12-10T13:00");
    buildGoals(db);
    db.$client.close();
    process.env.DATABASE_PATH = dbPath;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_PATH;
    else process.env.DATABASE_PATH = saved;
  });

  async function say(person: string, text: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ["say", "--as", person, text],
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("refuses the corpus with the character named, and stores nothing", async () => {
    for (const [text, label] of CONTROL_CORPUS) {
      const result = await say("jasen", `agenda add ${M} ${text}`);
      expect(result.out, text).toContain(`Tekstissä on ohjausmerkki (${label})`);
    }
    const cancel = await say("sihteeri", `cancel ${M} ${"syy ".repeat(200)}`);
    expect(cancel.out).toContain("Syy on liian pitkä: 799 merkkiä, enintään 500.");
    const db = openDatabase(dbPath);
    expect(db.select().from(agendaItems).all()).toHaveLength(0);
    expect(db.select().from(meetings).all()[0]?.status).not.toBe("cancelled");
    db.$client.close();
  });

  it("records -0 as 0, never shown as −0", async () => {
    const result = await say("admin", "indicator T3-M1 2026 -0 !");
    expect(result.out).toContain(": 0 %");
    expect(result.out).not.toMatch(/[−-]0/);
    const report = await say("admin", "goal T3");
    expect(report.out).not.toMatch(/[−-]0\b/);
  });
});
