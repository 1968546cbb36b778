/** The proposal form: all fields, field errors shown beside the fields, nothing stored on a bad submission. */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agendaItems } from "../../db/schema/index.js";
import type { FormValues } from "../../src/conversation/form.js";
import { agendaWorld, type AgendaWorld } from "../support/agenda.js";

let w: AgendaWorld;
const M = "JOHTO-2027-1";
const submit = (person: string, values: FormValues, formId = "agenda.add") =>
  w.bot.core.submitForm({ user: { platform: "console", id: person }, formId, values, context: { meeting: M } });

beforeEach(() => {
  w = agendaWorld();
});

describe("agenda add form", () => {
  it("offers the fields with the member's party preselected and the agreement's goals", async () => {
    const reply = await w.bot.core.handleCommand({ user: { platform: "console", id: "jasen" }, text: `agenda add ${M}` });
    expect(reply.form?.id).toBe("agenda.add");
    expect(reply.form?.context).toEqual({ meeting: M });
    expect(reply.form?.fields.map((f) => f.name)).toEqual(["title", "description", "party", "goals", "preparer", "attachments", "minutes"]);
    expect(reply.form?.fields.find((f) => f.name === "party")?.value).toBe("kaupunki");
    expect(reply.form?.fields.find((f) => f.name === "goals")?.options?.map((o) => o.value)).toEqual(["T1", "T2", "T3"]);
    expect(reply.form?.fields.find((f) => f.name === "title")?.maxLength).toBe(200);
  });

  it("stores every field of a valid submission", async () => {
    const result = await submit("jasen", {
      title: "Nuorten työllisyys",
      description: "Taustaa",
      party: "hva",
      goals: ["T2", "T3"],
      preparer: "Pekka Valmistelija",
      attachments: "https://example.fi/liite1.pdf\nhttps://example.fi/liite2.pdf",
      minutes: "20",
    });
    expect(result.ok).toBe(true);
    const item = w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, M)).get();
    expect(item).toMatchObject({
      title: "Nuorten työllisyys",
      description: "Taustaa",
      partyId: "hva",
      goalCodes: ["T2", "T3"],
      preparer: "Pekka Valmistelija",
      attachments: ["https://example.fi/liite1.pdf", "https://example.fi/liite2.pdf"],
      estimatedMinutes: 20,
      state: "proposed",
    });
  });

  it("answers field errors and stores nothing", async () => {
    const result = await submit("svensk", { title: "x".repeat(201), description: "y".repeat(4001), minutes: "soon", attachments: "not a link" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toContain("201");
    expect(result.errors.description).toContain("4001");
    expect(result.errors.minutes).toContain("heltal");
    expect(result.errors.attachments).toContain("https://");
    expect(result.form.fields.find((f) => f.name === "title")?.value).toBe("x".repeat(201));
    expect(w.db.select().from(agendaItems).all()).toHaveLength(0);
    const empty = await submit("jasen", {});
    expect(empty.ok).toBe(false);
  });

  it("refuses a non-member's submission", async () => {
    const result = await submit("ulko", { title: "Asia" });
    expect(result.ok && JSON.stringify(result.reply)).toContain("Tämän voi tehdä vain");
    expect(w.db.select().from(agendaItems).all()).toHaveLength(0);
  });
});
