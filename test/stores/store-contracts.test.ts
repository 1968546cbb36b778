/**
 * One contract per store port, run by every implementation: the SQLite stores adapters get in production
 * (db/stores/) and their in-memory twins (src/stores/memory.ts). A restart is a new store over the same storage.
 */
import { describe, expect, it } from "vitest";
import { createConversationTargetStore } from "../../db/stores/conversation-targets.js";
import { createSlackSeenStore } from "../../db/stores/slack-seen.js";
import type { ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import { createMemoryConversationTargetStore, createMemorySlackSeenStore } from "../../src/stores/memory.js";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";
import { openTestDb } from "../support/db.js";

const DAY = 24 * 60 * 60_000;

function runSlackSeenContract(name: string, open: () => SlackSeenStore) {
  describe(`SlackSeenStore contract: ${name}`, () => {
    it("lets each event id through once", () => {
      const seen = open();
      expect(seen.markEventSeen("Ev1", 0)).toBe(true);
      expect(seen.markEventSeen("Ev1", 60_000)).toBe(false);
      expect(seen.markEventSeen("Ev2", 60_000)).toBe(true);
    });

    it("lets each signature through once while it has not expired", () => {
      const seen = open();
      expect(seen.markSignatureSeen("v0=aa", 300_000, 0)).toBe(true);
      expect(seen.markSignatureSeen("v0=aa", 300_000, 299_000)).toBe(false);
      expect(seen.markSignatureSeen("v0=bb", 300_000, 299_000)).toBe(true);
    });

    it("forgets a signature after it expired (a request that old is refused as stale anyway)", () => {
      const seen = open();
      expect(seen.markSignatureSeen("v0=cc", 300_000, 0)).toBe(true);
      expect(seen.markSignatureSeen("v0=cc", 10 * DAY, 2 * DAY)).toBe(true);
    });
  });
}

function runConversationTargetContract(name: string, open: () => ConversationTargetStore) {
  describe(`ConversationTargetStore contract: ${name}`, () => {
    const channel = {
      kind: "channel" as const,
      ref: "19:c@thread",
      serviceUrl: "https://smba.example/emea/",
      conversationType: "channel",
      channelId: "19:c@thread",
    };

    it("saves a target, finds it by kind and ref, and keeps fields an update leaves undefined", () => {
      const store = open();
      store.save({ ...channel, tenantId: "t1" }, 1000, { reenable: true });
      store.save({ ...channel, serviceUrl: "https://smba.example/amer/" }, 2000, { reenable: true });
      expect(store.find("channel", channel.ref)).toMatchObject({
        platform: "teams",
        serviceUrl: "https://smba.example/amer/",
        tenantId: "t1",
        disabledAt: null,
        createdAt: 1000,
        updatedAt: 2000,
      });
      expect(store.find("person", channel.ref)).toBeUndefined();
    });

    it("writes nothing when nothing changed", () => {
      const store = open();
      store.save(channel, 1000, { reenable: true });
      store.save(channel, 5000, { reenable: true });
      expect(store.find("channel", channel.ref)?.updatedAt).toBe(1000);
    });

    it("disables a target, and a save with reenable brings it back", () => {
      const store = open();
      store.save(channel, 1000, { reenable: true });
      store.disable("channel", channel.ref, "BotDisabledByAdmin", 2000);
      expect(store.find("channel", channel.ref)).toMatchObject({ disabledAt: 2000, disabledReason: "BotDisabledByAdmin" });
      expect(store.newestEnabled()).toBeUndefined();
      store.save(channel, 3000, { reenable: false });
      expect(store.find("channel", channel.ref)?.disabledAt).toBe(2000);
      store.save(channel, 4000, { reenable: true });
      expect(store.find("channel", channel.ref)).toMatchObject({ disabledAt: null, disabledReason: null });
    });

    it("names the most recently updated enabled target", () => {
      const store = open();
      store.save(channel, 1000, { reenable: true });
      store.save({ kind: "person", ref: "aad-1", serviceUrl: "https://smba.example/emea/", userId: "29:1" }, 2000, { reenable: true });
      expect(store.newestEnabled()?.ref).toBe("aad-1");
      store.disable("person", "aad-1", "ConversationBlockedByUser", 3000);
      expect(store.newestEnabled()?.ref).toBe(channel.ref);
    });
  });
}

runSlackSeenContract("SQLite", () => createSlackSeenStore(openTestDb()));
runSlackSeenContract("in memory", createMemorySlackSeenStore);
runConversationTargetContract("SQLite", () => createConversationTargetStore(openTestDb(), "teams"));
runConversationTargetContract("in memory", () => createMemoryConversationTargetStore("teams"));
