/**
 * The agenda through the real console adapter session: the proposal form and the rejection reason are asked field
 * by field, then publishing; the same core the chat adapters use.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsoleSession } from "../../adapters/console/console-session.js";
import { agendaItems, meetings } from "../../db/schema/index.js";
import { createPeopleDirectory } from "../../db/stores/people-directory.js";
import { agendaWorld, type AgendaWorld } from "../support/agenda.js";

let w: AgendaWorld;
let input: PassThrough;
let output = "";
let close: () => void;
let exportDir: string;
const M = "JOHTO-2027-1";

beforeAll(() => {
  w = agendaWorld();
  input = new PassThrough();
  const out = new PassThrough();
  out.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  exportDir = join(mkdtempSync(join(tmpdir(), "yhdyspinta-console-")), "exports");
  const rl = startConsoleSession({ core: w.bot.core, people: createPeopleDirectory(w.db), exportDir, input, output: out });
  close = () => rl.close();
});
afterAll(() => close?.());

/** Types lines and returns what was printed until `done` appears after them. */
async function type(lines: string[], done: RegExp): Promise<string> {
  const from = output.length;
  for (const line of lines) input.write(`${line}\n`);
  for (let i = 0; i < 2000 && !done.test(output.slice(from)); i++) await new Promise((r) => setTimeout(r, 5));
  return output.slice(from);
}

describe("agenda at the console", () => {
  it("proposes through the form, asked field by field, re-asking a bad field", async () => {
    await type([":as jasen"], /> $/);
    const text = await type(
      // A bad field is asked again, with the optional fields left empty.
      [`agenda add ${M}`, "Nuorten työllisyys", "Taustaa", "", "T2 T3", "Pekka Valmistelija", "", "kaksikymmentä", "", "20"],
      /Asia #1 ehdotettu/,
    );
    expect(text).toContain(`== Ehdota asiaa kokoukseen ${M} ==`);
    expect(text).toContain("Anna minuutit kokonaislukuna");
    const item = w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, M)).get();
    expect(item).toMatchObject({
      title: "Nuorten työllisyys",
      description: "Taustaa",
      partyId: "kaupunki",
      goalCodes: ["T2", "T3"],
      preparer: "Pekka Valmistelija",
      estimatedMinutes: 20,
    });
  });

  it("asks the secretary for a rejection reason, then publishes", async () => {
    await type([`agenda add ${M} Toinen asia`], /Asia #2/);
    await type([":as sihteeri"], /> $/);
    const rejected = await type([`agenda reject ${M} #2`, "Ei tämän foorumin asia"], /hylätty/);
    expect(rejected).toContain("Perustelu (ehdottaja näkee sen) *");
    expect(
      w.db
        .select()
        .from(agendaItems)
        .all()
        .find((i) => i.number === 2),
    ).toMatchObject({ state: "rejected", rejectReason: "Ei tämän foorumin asia" });
    const published = await type([`agenda publish ${M}`], /julkaistu: lähetetty/);
    expect(published).toContain("1. Nuorten työllisyys");
    expect(w.db.select().from(meetings).where(eq(meetings.id, M)).get()!.sequence).toBe(1);
  });

  it("writes an agenda export under the export folder and prints its path", async () => {
    const text = await type([`agenda export ${M}`], /📎 .*\.md/);
    const path = /📎 (\S+\.md)/.exec(text)![1]!;
    expect(path).toContain("exports");
    expect(readFileSync(join(exportDir, path.split("/").pop()!), "utf8")).toContain("Nuorten työllisyys");
  });
});
