import { webApi } from "@slack/bolt";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../../adapters/slack/notifier.js";
import { reply } from "../../../src/conversation/reply.js";
import { runNotifierContract, type Delivered } from "../../conversation/notifier-contract.js";
import { startFakeSlack, type FakeSlack } from "../../e2e/slack/fake-slack-api.js";

const log = pino({ level: "silent" });

function notifierFor(fake: FakeSlack) {
  const client = new webApi.WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  return createSlackNotifier({ client, log });
}

function flatten(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? "");
}

runNotifierContract("slack", async () => {
  const fake = await startFakeSlack();
  return {
    notifier: notifierFor(fake),
    channelRef: "C0JOHTO",
    personRef: "UMEMB",
    async delivered(): Promise<Delivered[]> {
      return fake
        .callsOf("chat.postMessage")
        .filter((c) => c.ok)
        .map((c) => ({ ref: String(c.args.channel), text: `${flatten(c.args.text)}\n${flatten(c.args.blocks)}` }));
    },
    rateLimitNext: (seconds) => fake.rateLimitNext("chat.postMessage", seconds),
    breakTarget: (ref) => fake.breakChannel(ref, "is_archived"),
    close: () => fake.close(),
  };
});

describe("slack notifier", () => {
  it("leaves a per-reader message's buttons live in a channel (each member answers) and settling in a DM", async () => {
    const fake = await startFakeSlack();
    try {
      const invitation = reply(
        [
          { kind: "text", text: "Kutsu JOHTO-2027-2" },
          { kind: "actions", actions: [{ kind: "button", label: "Osallistun", command: "attend JOHTO-2027-2", settles: true }] },
        ],
        { perReader: { command: "meeting JOHTO-2027-2", viewers: [{ platform: "slack", ref: "UMEMB" }] } },
      );
      const notifier = notifierFor(fake);
      expect((await notifier.send({ platform: "slack", kind: "channel", ref: "C0JOHTO" }, invitation)).ok).toBe(true);
      expect((await notifier.send({ platform: "slack", kind: "person", ref: "UMEMB" }, invitation)).ok).toBe(true);
      const [inChannel, inDm] = fake.callsOf("chat.postMessage").map((c) => JSON.stringify(c.args.blocks));
      expect(inChannel).toContain('"value":"attend JOHTO-2027-2"');
      expect(inChannel).not.toContain("yp_cmd_settle_");
      expect(inDm).toContain("yp_cmd_settle_");
    } finally {
      await fake.close();
    }
  });

  const invite = reply([{ kind: "text", text: "Kutsu" }], {
    attachments: [
      {
        filename: "JOHTO-2027-2.ics",
        contentType: "text/calendar",
        content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        url: "https://yp.example.fi/invite/x.ics",
      },
    ],
  });

  it("opens a DM for a person and uploads an .ics there with files.uploadV2", async () => {
    const fake = await startFakeSlack();
    try {
      const result = await notifierFor(fake).send({ platform: "slack", kind: "person", ref: "UMEMB" }, invite);
      expect(result.ok).toBe(true);
      expect(fake.callsOf("conversations.open")[0]?.args.users).toBe("UMEMB");
      expect(fake.callsOf("chat.postMessage")[0]?.args.channel).toBe("DUMEMB");
      expect(fake.callsOf("files.getUploadURLExternal")[0]?.args.filename).toBe("JOHTO-2027-2.ics");
      expect(fake.uploads[0]?.bytes.toString()).toContain("BEGIN:VCALENDAR");
      expect(fake.callsOf("files.completeUploadExternal")[0]?.args.channel_id).toBe("DUMEMB");
    } finally {
      await fake.close();
    }
  });

  it("still delivers with the link when the upload is refused (bot not in the channel)", async () => {
    const fake = await startFakeSlack();
    try {
      const notifier = notifierFor(fake);
      const posted = await notifier.send({ platform: "slack", kind: "channel", ref: "C0PUBLIC" }, invite);
      expect(posted.ok).toBe(true);
      expect(JSON.stringify(fake.callsOf("chat.postMessage")[0]?.args.blocks)).toContain("https://yp.example.fi/invite/x.ics");
    } finally {
      await fake.close();
    }
  });

  it("reports a long Retry-After at once, not as terminal", async () => {
    const fake = await startFakeSlack();
    try {
      fake.rateLimitNext("chat.postMessage", 120);
      const result = await notifierFor(fake).send({ platform: "slack", kind: "channel", ref: "C0JOHTO" }, invite);
      expect(result).toEqual({ ok: false, terminal: false, error: "ratelimited", retryAfterMs: 120_000, rateLimited: true });
    } finally {
      await fake.close();
    }
  });

  for (const error of ["channel_not_found", "not_in_channel", "account_inactive", "is_archived"]) {
    it(`treats ${error} as terminal`, async () => {
      const fake = await startFakeSlack();
      try {
        fake.breakChannel("C0GONE", error);
        const result = await notifierFor(fake).send({ platform: "slack", kind: "channel", ref: "C0GONE" }, invite);
        expect(result).toEqual({ ok: false, terminal: true, error });
      } finally {
        await fake.close();
      }
    });
  }
});
