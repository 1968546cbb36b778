/**
 * The agenda end to end through Teams: activities posted to /api/messages, buttons pressed as Action.Submit,
 * the reject form submitted from its card, publication posted to the bound channel and to members' 1:1 chats.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, forums, meetings } from "../../db/schema/index.js";
import { buildMeeting } from "../builders.js";
import { activity, visibleText } from "../fixtures/teams/fake-connector.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";

let t: TeamsE2e;
const M = "JOHTO-2027-1";
const ADMIN = {
  from: { id: "29:1aad-admin-teams-id", name: "Aila Admin", aadObjectId: "aad-admin" },
  conversation: { conversationType: "personal", tenantId: "tenant-1", id: "a:1personal-chat-aila" },
};
const { calls, textOf, say, press } = teamsChat(() => t);

const item = (number: number) =>
  t.app.db
    .select()
    .from(agendaItems)
    .all()
    .find((i) => i.meetingId === M && i.number === number);

beforeAll(async () => {
  t = await startTeamsE2e();
  const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  buildMeeting(t.app.db, forum, "2027-10-13T13:00", { place: "Kokkola" });
  buildMeeting(t.app.db, forum, "2028-03-15T13:00");
  await t.post(activity("installation-update", t.vars));
  await t.post(activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> bind JOHTO", id: "1763805600999" }));
});
afterAll(async () => {
  await t?.close();
});

describe("agenda through Teams", () => {
  it("a member proposes, edits and withdraws by message", async () => {
    expect(textOf(await say(`esityslista lisää ${M} Lasten liikunta -- Yhteinen malli #T3`))).toContain(`Asia #1 ehdotettu kokoukseen ${M}: Lasten liikunta`);
    await say(`esityslista lisää ${M} Toinen asia`);
    await say(`esityslista lisää ${M} Kolmas asia`);
    expect(textOf(await say(`esityslista muokkaa ${M} #2 Toinen asia, tarkennettu`))).toContain("tarkennettu");
    expect(textOf(await say(`esityslista poista ${M} #3`))).toContain("peruttu");
    expect(item(3)!.state).toBe("withdrawn");
  });

  it("shows the convener the proposals with accept and reject buttons (Action.Submit)", async () => {
    const from = await say(`agenda ${M}`, ADMIN);
    const card = JSON.stringify(calls(from).map((c) => c.body));
    expect(card).toContain("Action.Submit");
    expect(card).toContain(`agenda accept ${M} #1`);
    expect(card).toContain(`agenda reject ${M} #2`);
    expect(card).toContain(`agenda publish ${M}`);
  });

  it("a member pressing accept is refused; the convener's press accepts", async () => {
    expect(textOf(await press(`agenda accept ${M} #1`))).toContain("Tämän voi tehdä vain");
    expect(item(1)!.state).toBe("proposed");
    await press(`agenda accept ${M} #1`, ADMIN);
    expect(item(1)!.state).toBe("accepted");
  });

  it("the reject button asks for the reason with a form; submitting it rejects and tells the proposer", async () => {
    const from = await press(`agenda reject ${M} #2`, ADMIN);
    const formCall = calls(from).find((c) => JSON.stringify(c.body).includes("Input.Text"));
    expect(formCall).toBeDefined();
    const formActivityId = `act-${t.connector.calls.indexOf(formCall!) + 1}`;
    const submit = { yhdyspinta: "form", formId: "agenda.reject", context: { meeting: M, item: "#2" }, "field.reason": "Käsitellään ensi vuonna" };
    const after = t.connector.calls.length;
    await t.post(activity("card-submit", { ...t.vars, REPLY_TO_ID: formActivityId }, { value: submit, ...ADMIN }));
    expect(item(2)).toMatchObject({ state: "rejected", rejectReason: "Käsitellään ensi vuonna" });
    expect(textOf(after)).toContain("Perustelu: Käsitellään ensi vuonna");
  });

  it("orders, merges, adds standing items and moves through messages", async () => {
    await say(`esityslista lisää ${M} Neljäs`);
    await say(`esityslista lisää ${M} Viides`);
    await say(`esityslista lisää ${M} Kuudes`);
    expect(textOf(await say(`agenda order ${M} #5 #4 #1`, ADMIN))).toContain("#5, #4, #1");
    expect(textOf(await say(`agenda merge ${M} #6 #5`, ADMIN))).toContain("#6");
    expect(item(6)!.mergedIntoId).toBe(item(5)!.id);
    expect(textOf(await say(`agenda standing ${M}`, ADMIN))).toContain("Kokouksen avaus");
    expect(textOf(await say(`agenda move ${M} #4`, ADMIN))).toContain("JOHTO-2028-1");
  });

  it("publishing by button posts to the bound channel and the members' chats, in their languages, and raises SEQUENCE", async () => {
    const from = await press(`agenda publish ${M}`, ADMIN);
    // Queued with the publish; the bot's in-process wake-up sends it without waiting for the minute tick.
    await t.app.scheduler.tick();
    const posted = calls(from);
    const channel = posted.find(
      (c) => JSON.stringify(c.body).includes("19:johto-channel@thread.tacv2") && visibleText(c.body).includes("esityslista on julkaistu"),
    );
    expect(channel).toBeDefined();
    expect(visibleText(channel!.body)).toContain("Kokouksen avaus");
    const swedish = posted.find((c) => c.conversationId === "a:1personal-chat-stina" && visibleText(c.body).includes("Föredragningslistan"));
    expect(visibleText(swedish!.body)).toContain(`Föredragningslistan för mötet ${M} har publicerats.`);
    expect(textOf(from)).toContain("versio 1 julkaistu");
    expect(t.app.db.select().from(meetings).where(eq(meetings.id, M)).get()!.sequence).toBe(1);
  });

  it("republishes a change as version 2 saying what changed", async () => {
    await say(`esityslista lisää ${M} Myöhemmin lisätty`);
    const from = await press(`agenda publish ${M}`, ADMIN);
    expect(textOf(from)).toContain("Lisätty: Myöhemmin lisätty");
    expect(textOf(from)).toContain("versio 2");
  });
});
