/**
 * Files that arrive in Teams, through the real botbuilder stack: in a personal chat a FileConsentCard, the
 * `fileConsent/invoke` accept, the PUT of the bytes to the upload URL, and a FileInfoCard; in a channel one clearly
 * named download link our server answers while it is good, and a 404 for a made-up one.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums } from "../../../db/schema/index.js";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { buildMeeting } from "../../builders.js";
import { waitFor } from "../slack/fake-slack-api.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
const chat = teamsChat(() => t);
let meetingId: string;

beforeAll(async () => {
  t = await startTeamsE2e();
  const forum = t.app.db.select().from(forums).where(eq(forums.code, "JOHTO")).get()!;
  meetingId = buildMeeting(t.app.db, forum, "2026-12-10T13:00").id;
});
afterAll(async () => {
  await t?.close();
});

type Card = { contentType: string; name?: string; contentUrl?: string; content: { sizeInBytes?: number; acceptContext?: unknown } & Record<string, unknown> };
const cardsOf = (from: number) => chat.calls(from).flatMap((c) => ((c.body.attachments ?? []) as Card[]).map((a) => a));

describe("files in Teams", () => {
  it("a personal chat gets the file by consent: accept, upload to the given URL, then a file card", async () => {
    const from = await chat.say(`agenda export ${meetingId}`, { from: { id: "29:aad-admin", aadObjectId: "aad-admin" } });
    const consent = await waitFor(() => cardsOf(from).find((a) => a.contentType === "application/vnd.microsoft.teams.card.file.consent"), "consent card");
    expect(consent.name).toMatch(/\.md$/);
    expect(consent.content.sizeInBytes).toBeGreaterThan(0);
    // Nothing in the chat claims an attachment that is not there.
    expect(chat.textOf(from)).not.toMatch(/attached|liitteenä|bifog/i);

    const uploadUrl = `${t.connector.url}/upload/onedrive-1`;
    const invoke = activity(
      "card-submit",
      { ...t.vars, REPLY_TO_ID: "act-consent" },
      {
        type: "invoke",
        name: "fileConsent/invoke",
        from: { id: "29:aad-admin", aadObjectId: "aad-admin" },
        value: {
          type: "fileUpload",
          action: "accept",
          context: consent.content.acceptContext,
          uploadInfo: { name: consent.name, uploadUrl, contentUrl: "https://onedrive.example/file.md", uniqueId: "u-1", fileType: "md" },
        },
      },
    );
    const after = t.connector.calls.length;
    const res = await t.post(invoke);
    expect(res.status).toBe(200);
    const upload = await waitFor(() => t.connector.uploads[0], "the upload");
    expect(upload.bytes.toString("utf8")).toContain(meetingId);
    expect(upload.headers["content-range"]).toBe(`bytes 0-${upload.bytes.length - 1}/${upload.bytes.length}`);
    const info = await waitFor(() => cardsOf(after).find((a) => a.contentType === "application/vnd.microsoft.teams.card.file.info"), "file info card");
    expect(info).toMatchObject({ contentUrl: "https://onedrive.example/file.md", name: consent.name, content: { uniqueId: "u-1", fileType: "md" } });
  });

  it("a declined file is dropped and the person hears, in their language, how to get it another way", async () => {
    for (const [person, locale, said] of [
      ["aad-memb", "fi", "Selvä, en lähettänyt tiedostoa"],
      ["aad-swed", "sv", "Okej, jag skickade inte"],
      ["aad-admin", "en", "OK, I did not send"],
    ] as const) {
      const from = { from: { id: `29:${person}`, aadObjectId: person }, locale: `${locale}-FI` };
      const asked = await chat.say(`invite ${meetingId}`, from);
      const consent = await waitFor(() => cardsOf(asked).find((a) => a.contentType === "application/vnd.microsoft.teams.card.file.consent"), "consent card");
      const answer = (action: "accept" | "decline", context: unknown) =>
        activity(
          "card-submit",
          { ...t.vars, REPLY_TO_ID: "act-consent" },
          {
            type: "invoke",
            name: "fileConsent/invoke",
            ...from,
            value: {
              type: "fileUpload",
              action,
              context,
              ...(action === "accept" ? { uploadInfo: { name: consent.name, uploadUrl: `${t.connector.url}/upload/late-${person}`, contentUrl: "x" } } : {}),
            },
          },
        );
      const declined = t.connector.calls.length;
      expect((await t.post(answer("decline", consent.content.declineContext))).status).toBe(200);
      const text = await waitFor(() => chat.textOf(declined) || undefined, `the answer to a decline (${locale})`);
      expect(text).toContain(said);
      expect(text).toContain(consent.name);
      // The file is no longer kept: a late accept of the same card uploads nothing.
      const uploads = t.connector.uploads.length;
      expect((await t.post(answer("accept", consent.content.acceptContext))).status).toBe(200);
      expect(t.connector.uploads).toHaveLength(uploads);
    }
  });

  it("a channel gets one clearly named download link that our server answers", async () => {
    const from = await chat.say("", activity("channel-message", t.vars, { text: `<at>Yhdyspinta</at> agenda export ${meetingId}` }));
    const card = await waitFor(() => cardsOf(from).find((a) => a.contentType === "application/vnd.microsoft.card.adaptive"), "the card");
    const links = JSON.stringify(card.content).match(/"title":"⬇ [^"]+\.md","url":"([^"]+)"/);
    expect(links).not.toBeNull();
    const url = new URL(links![1]!);
    expect(url.origin).toBe("https://yhdyspinta.example.fi");
    const local = `http://127.0.0.1:${t.app.port}${url.pathname}`;
    const res = await fetch(local);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''.+\.md$/);
    expect(await res.text()).toContain(meetingId);
    expect((await fetch(`http://127.0.0.1:${t.app.port}/teams/files/not-a-token/x.md`)).status).toBe(404);
  });

  it("an invite in a channel links the .ics it names, and its calendar subscription", async () => {
    const from = await chat.say("", activity("channel-message", t.vars, { text: `<at>Yhdyspinta</at> invite ${meetingId}` }));
    const text = await waitFor(() => JSON.stringify(cardsOf(from)) || undefined, "invite");
    expect(text).toContain(`⬇ ${meetingId}.ics`);
    expect(text).toContain("webcal://");
  });
});
