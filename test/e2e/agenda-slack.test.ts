/**
 * The agenda end to end through Slack: signed slash commands, buttons (block_actions), the proposal and rejection
 * forms as modals (views.open + view_submission), publication posted to the bound channel and members' DMs.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, channelBindings, meetings } from "../../db/schema/index.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand, postInteraction } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer, type View, viewSubmission } from "./slack/slack-server.js";

let seq = 0;
const signed = { secret: SIGNING_SECRET };
const M = "JOHTO-2026-1";
// The tests continue one story (propose, shape, publish), so the fake keeps its calls between them.
const slack = useSlackServer({
  resetEachTest: false,
  setup: ({ server }) => {
    server.app.db.insert(channelBindings).values({ forumId: server.world.forum.id, platform: "slack", channelRef: "C0JOHTO" }).run();
  },
});

const item = (number: number) =>
  slack.server.app.db
    .select()
    .from(agendaItems)
    .all()
    .find((i) => i.meetingId === M && i.number === number);

/** A signed slash command; resolves with the reply posted to its response_url (or undefined when a modal opened). */
async function slash(user: string, text: string, command = "/agenda", channel = "C0JOHTO"): Promise<string> {
  const id = `a${++seq}`;
  const fields = {
    ...fixture("slash-command"),
    user_id: user,
    command,
    text,
    channel_id: channel,
    response_url: slack.fake.responseUrl(id),
    trigger_id: `trigger-${id}`,
  };
  expect((await postCommand(slack.server.url, fields, signed)).status).toBe(200);
  const posted = await waitFor(
    () => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)) ?? slack.fake.callsOf("views.open").find((c) => c.args.trigger_id === `trigger-${id}`),
    `reply to ${text}`,
  );
  return JSON.stringify("body" in posted ? posted.body : posted.args);
}

/** Presses a button carrying `command`, as `user`. */
async function press(user: string, command: string, actionId = "yp_cmd_0"): Promise<string> {
  const id = `b${++seq}`;
  const payload = fixture("block-actions");
  payload.user.id = user;
  payload.trigger_id = `trigger-${id}`;
  payload.response_url = slack.fake.responseUrl(id);
  payload.actions = [{ ...payload.actions[0], value: command, action_id: actionId }];
  expect((await postInteraction(slack.server.url, payload, signed)).status).toBe(200);
  const posted = await waitFor(
    () => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)) ?? slack.fake.callsOf("views.open").find((c) => c.args.trigger_id === `trigger-${id}`),
    `reply to ${command}`,
  );
  return JSON.stringify("body" in posted ? posted.body : posted.args);
}

function submitView(view: View, values: Record<string, Record<string, unknown>>, user: string) {
  return postInteraction(slack.server.url, viewSubmission(view, values, user), signed);
}

const text = (value: string) => ({ value: { type: "plain_text_input", value } });

describe("agenda through Slack", () => {
  it("a member proposes with /agenda, edits and withdraws", async () => {
    expect(await slash("UMEMB", `lisää ${M} Lasten liikunta -- Yhteinen malli #T3`)).toContain(`Asia #1 ehdotettu kokoukseen ${M}: Lasten liikunta`);
    await slash("UMEMB", `lisää ${M} Toinen asia`);
    await slash("UMEMB", `lisää ${M} Kolmas asia`);
    expect(await slash("UMEMB", `muokkaa ${M} 2 Toinen asia, tarkennettu`)).toContain("tarkennettu");
    expect(await slash("UMEMB", `vedä ${M} 3`)).toContain("peruttu");
    expect(item(3)!.state).toBe("withdrawn");
  });

  it("opens the proposal form as a modal and stores its submission; a too long title errors on its block", async () => {
    await slash("USWED", `föreslå ${M}`);
    const opened = slack.fake.callsOf("views.open").at(-1)!;
    const view = opened.args.view as View;
    expect(JSON.parse(view.private_metadata)).toMatchObject({ formId: "agenda.add", context: { meeting: M } });
    expect(view.blocks.map((b) => b.block_id)).toEqual([
      "title",
      "description",
      "description#2",
      "party",
      "preparer",
      "attachments",
      "attachments#2",
      "minutes",
    ]);
    expect(view.title.text).toBe(`Föreslå: ${M}`);
    const bad = await submitView(view, { title: text("x".repeat(201)) }, "USWED");
    expect(JSON.parse(bad.text)).toMatchObject({ response_action: "errors", errors: { title: expect.stringContaining("201") } });
    const good = await submitView(
      view,
      { title: text("Skolhälsa"), party: { value: { type: "static_select", selected_option: { value: "kylä" } } }, minutes: text("15") },
      "USWED",
    );
    expect(good.status).toBe(200);
    await waitFor(() => item(4), "the proposed item");
    expect(item(4)).toMatchObject({ title: "Skolhälsa", partyId: "kylä", estimatedMinutes: 15, proposerId: "svensk" });
  });

  it("shows the secretary the proposals with buttons; a member's press is refused, the secretary's accepts", async () => {
    const view = await slash("USECR", M);
    expect(view).toContain(`"value":"agenda accept ${M} #1"`);
    expect(view).toContain(`"value":"agenda reject ${M} #2"`);
    expect(view).toContain(`"value":"agenda publish ${M}"`);
    const refused = await press("UMEMB", `agenda accept ${M} #1`, "yp_cmd_settle_0");
    expect(refused).toContain("Tämän voi tehdä vain");
    expect(JSON.parse(refused)).toMatchObject({ replace_original: false });
    expect(item(1)!.state).toBe("proposed");
    slack.fake.calls.length = 0;
    const accepted = await press("USECR", `agenda accept ${M} #1`, "yp_cmd_settle_0");
    expect(item(1)!.state).toBe("accepted");
    // The ephemeral list the button was on is replaced by its new state; the refused press replaced nothing.
    expect(JSON.parse(accepted)).toMatchObject({ replace_original: true });
    const dm = await waitFor(() => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "DUMEMB"), "the proposer's DM");
    expect(JSON.stringify(dm.args)).toContain("hyväksyttiin");
  });

  it("the reject button opens a modal for the reason; submitting it rejects", async () => {
    await press("USECR", `agenda reject ${M} #2`);
    const view = slack.fake.callsOf("views.open").at(-1)!.args.view as View;
    expect(JSON.parse(view.private_metadata)).toMatchObject({ formId: "agenda.reject", context: { meeting: M, item: "#2" } });
    expect((await submitView(view, { reason: text("Käsitellään ensi vuonna") }, "USECR")).status).toBe(200);
    await waitFor(() => item(2)!.state === "rejected", "the rejection");
    expect(item(2)!.rejectReason).toBe("Käsitellään ensi vuonna");
  });

  it("orders, merges, adds standing items and moves to the next meeting", async () => {
    await slash("UMEMB", `lisää ${M} Viides`);
    await slash("UMEMB", `lisää ${M} Kuudes`);
    expect(await slash("USECR", `järjestä ${M} #5 #4 #1`)).toContain("#5, #4, #1");
    expect(await slash("USECR", `yhdistä ${M} #6 #5`)).toContain("Asia #6 yhdistetty asiaan #5");
    expect(await slash("USECR", `vakioasiat ${M}`)).toContain("Kokouksen avaus");
    expect(await slash("USECR", `lykkää ${M} #4`)).toContain("JOHTO-2027-1");
    expect(await slash("USECR", `agenda move JOHTO-2027-1 #1 ${M}`, "/yhdyspinta")).toContain(`siirretty kokoukseen ${M}`);
  });

  it("publishing by button posts to the bound channel and DMs members in their language; SEQUENCE rises", async () => {
    expect(await press("UMEMB", `agenda publish ${M}`)).toContain("Tämän voi tehdä vain");
    slack.fake.calls.length = 0;
    expect(await press("USECR", `agenda publish ${M}`)).toContain("versio 1 julkaistu");
    // Queued with the publish; the bot's in-process wake-up sends it (with anything else due) without the minute tick.
    const channel = await waitFor(
      () => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "C0JOHTO" && JSON.stringify(c.args).includes("esityslista on julkaistu")),
      "the channel post",
    );
    expect(JSON.stringify(channel.args)).toContain("esityslista on julkaistu");
    expect(JSON.stringify(channel.args)).toContain("Kokouksen avaus");
    const swedish = await waitFor(
      () => slack.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "DUSWED" && JSON.stringify(c.args).includes("Föredragningslistan")),
      "the Swedish DM",
    );
    expect(JSON.stringify(swedish.args)).toContain(`Föredragningslistan för mötet ${M} har publicerats.`);
    expect(slack.server.app.db.select().from(meetings).where(eq(meetings.id, M)).get()!.sequence).toBe(1);
  });

  it("republishes a change as version 2 saying what changed", async () => {
    await slash("UMEMB", `lisää ${M} Myöhemmin lisätty`);
    const republished = await press("USECR", `agenda publish ${M}`);
    expect(republished).toContain("versio 2");
    expect(republished).toContain("Lisätty: Myöhemmin lisätty");
  });

  it("shows the published agenda on the meeting's web page in the reader's language", async () => {
    const base = slack.server.url.replace(/\/slack\/events$/, "");
    const sv = await (await fetch(`${base}/meetings/${M}?lang=sv`)).text();
    expect(sv).toContain("Mötets öppnande");
    expect(sv).toContain("Myöhemmin lisätty");
    const fi = await (await fetch(`${base}/meetings/${M}?lang=fi`)).text();
    expect(fi).toContain("Kokouksen avaus");
  });

  it("exports the published agenda as an uploaded HTML file", async () => {
    slack.fake.reset();
    slack.fake.users.set("USWED", { locale: "sv-FI", email: "svensk@example.fi" });
    await slash("USWED", `exportera ${M} html`);
    const upload = await waitFor(() => slack.fake.callsOf("files.getUploadURLExternal")[0], "the file upload");
    expect(upload.args.filename).toBe(`${M}-foredragningslista-v2.html`);
    const bytes = await waitFor(() => slack.fake.uploads[0], "the uploaded bytes");
    expect(bytes.bytes.toString("utf8")).toContain("<h2>1 § Mötets öppnande</h2>");
  });
});
