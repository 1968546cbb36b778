/**
 * The contract every Notifier passes (STYLE 11): run by the console, Slack and Teams notifier suites with a harness
 * that wires the notifier to its far side (a loopback fake for Slack and Teams).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Notifier } from "../../src/conversation/notifier.js";
import { reply } from "../../src/conversation/reply.js";

export interface Delivered {
  /** The channel / conversation / user id the far side received the message for. */
  ref: string;
  /** All visible text of the message, flattened (blocks, card bodies, fallback text). */
  text: string;
}

export interface NotifierHarness {
  notifier: Notifier;
  channelRef: string;
  personRef: string;
  /** What the far side received, in order. */
  delivered(): Promise<Delivered[]>;
  /** The next send answers "rate limited, retry after N seconds" once (omit when the platform cannot). */
  rateLimitNext?(retryAfterSeconds: number): void;
  /** Every send to `ref` fails with the platform's terminal error (bot removed, channel archived). */
  breakTarget?(ref: string): void;
  close(): Promise<void>;
}

const message = reply([
  { kind: "heading", text: "JOHTO-2027-2 ke 13.10.2027 klo 13.00" },
  { kind: "text", text: "Esityslistan määräaika on **29.9.2027**." },
  { kind: "facts", facts: [{ label: "Paikka", value: "Kokkola, valtuustosali" }] },
  { kind: "actions", actions: [{ kind: "button", label: "Ehdota asiaa", command: "agenda add JOHTO-2027-2" }] },
]);

export function runNotifierContract(name: string, makeHarness: () => Promise<NotifierHarness>): void {
  describe(`${name} notifier contract`, () => {
    let h: NotifierHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.close();
    });

    it("posts to a channel with the whole message readable", async () => {
      const result = await h.notifier.send({ platform: h.notifier.platform, kind: "channel", ref: h.channelRef }, message);
      expect(result.ok).toBe(true);
      const got = await h.delivered();
      expect(got).toHaveLength(1);
      expect(got[0]!.ref).toBe(h.channelRef);
      expect(got[0]!.text).toContain("JOHTO-2027-2");
      expect(got[0]!.text).toContain("Kokkola, valtuustosali");
    });

    it("sends a direct message to a person", async () => {
      const result = await h.notifier.send({ platform: h.notifier.platform, kind: "person", ref: h.personRef }, message);
      expect(result.ok).toBe(true);
      const got = await h.delivered();
      expect(got.map((d) => d.text).join("\n")).toContain("29.9.2027");
    });

    it("reports a rate limit once, with its Retry-After, and leaves the retry to the outbox", async (t) => {
      if (!h.rateLimitNext) return t.skip();
      h.rateLimitNext(2);
      const result = await h.notifier.send({ platform: h.notifier.platform, kind: "channel", ref: h.channelRef }, message);
      expect(result).toMatchObject({ ok: false, terminal: false, rateLimited: true, retryAfterMs: 2000 });
      expect(await h.delivered()).toHaveLength(0);
      // The outbox's retry after the wait goes through, once.
      expect((await h.notifier.send({ platform: h.notifier.platform, kind: "channel", ref: h.channelRef }, message)).ok).toBe(true);
      expect(await h.delivered()).toHaveLength(1);
    });

    it("reports a removed or archived target as terminal and delivers nothing", async (t) => {
      if (!h.breakTarget) return t.skip();
      h.breakTarget(h.channelRef);
      const result = await h.notifier.send({ platform: h.notifier.platform, kind: "channel", ref: h.channelRef }, message);
      expect(result).toMatchObject({ ok: false, terminal: true });
      expect(await h.delivered()).toHaveLength(0);
    });
  });
}
