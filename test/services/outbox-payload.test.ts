/**
 * Issue 14 §4: outbox payloads are one typed union, validated when a row is read. A row that does not match its
 * kind fails alone with a message naming the field (the others still go out); a stored message keeps its blocks
 * and files, binary ones included.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reminders } from "../../db/schema/index.js";
import { reply } from "../../src/conversation/reply.js";
import { parsePayload, restoreReply, storeReply } from "../../src/services/reminders/payload.js";
import { queuePersonNotice } from "../../src/services/broadcast.js";
import { setupReminders } from "../scheduler/support/world.js";

describe("typed outbox payloads", () => {
  it("accepts each kind's shape and names what is wrong otherwise", () => {
    expect(parsePayload({ kind: "change", payload: { cancelled: true, reason: "Ei asioita" } })).toMatchObject({
      ok: true,
      payload: { kind: "change", cancelled: true },
    });
    expect(parsePayload({ kind: "measure_overdue", payload: { title: { fi: "Mittari" } } })).toEqual({ ok: false, error: expect.stringContaining("code") });
    expect(parsePayload({ kind: "agenda_published", payload: {} })).toEqual({ ok: false, error: expect.stringContaining("message") });
    expect(parsePayload({ kind: "no_such_kind", payload: {} })).toMatchObject({ ok: false });
    expect(parsePayload({ kind: "late_proposal", payload: { itemId: "3" } })).toEqual({ ok: false, error: expect.stringContaining("itemId") });
    // A decision announcement names its decision and is rendered when sent; a stored message is not its shape.
    expect(parsePayload({ kind: "decision_announced", payload: { decisionId: 7 } })).toEqual({
      ok: true,
      payload: { kind: "decision_announced", decisionId: 7 },
    });
    expect(parsePayload({ kind: "decision_announced", payload: { message: { blocks: [], visibility: "channel" } } })).toEqual({
      ok: false,
      error: expect.stringContaining("decisionId"),
    });
  });

  it("stores a message with a binary file and gives back the same reply", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const message = reply(
      [
        { kind: "heading", text: "Pöytäkirja" },
        { kind: "actions", actions: [{ kind: "button", label: "Hyväksy", command: "minutes approve X", style: "primary" }] },
      ],
      {
        attachments: [
          { filename: "a.docx", contentType: "application/octet-stream", content: bytes, url: "https://yp.example.fi/a.docx" },
          { filename: "a.md", contentType: "text/markdown", content: "# Pöytäkirja" },
        ],
      },
    );
    const back = restoreReply(JSON.parse(JSON.stringify(storeReply(message))));
    expect(back.blocks).toEqual(message.blocks);
    expect(back.summary).toBe("Pöytäkirja");
    expect([...(back.attachments![0]!.content as Uint8Array)]).toEqual([...bytes]);
    expect(back.attachments![1]!.content).toBe("# Pöytäkirja");
  });

  it("fails a row whose payload does not match its kind, and still sends the others", async () => {
    const w = setupReminders("2027-01-04T10:00");
    const now = w.clock.now();
    queuePersonNotice(
      w.db,
      { kind: "proposer_notice", key: "good", subject: "meeting:x", now },
      "jasen",
      reply([{ kind: "text", text: "Asiasi hyväksyttiin" }]),
    );
    queuePersonNotice(w.db, { kind: "proposer_notice", key: "bad", subject: "meeting:x", now }, "svensk", reply([{ kind: "text", text: "x" }]));
    w.db
      .update(reminders)
      .set({ payload: { message: { blocks: [{ kind: "video" }] } } })
      .where(eq(reminders.key, "bad:p:svensk"))
      .run();
    const report = await w.tick();
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    expect(w.slack.to("UMEMB").map((s) => s.text)).toEqual(["Asiasi hyväksyttiin"]);
    const bad = w.rows().find((r) => r.key === "bad:p:svensk")!;
    expect(bad).toMatchObject({ state: "failed", attempts: 0 });
    expect(bad.lastError).toContain("payload of kind proposer_notice is not valid");
  });
});
