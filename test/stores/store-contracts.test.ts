/**
 * One contract per store port, run by every implementation: the SQLite stores adapters get in production
 * (db/stores/) and their in-memory twins (src/stores/memory.ts). A restart is a new store over the same storage.
 */
import { describe, expect, it } from "vitest";
import { createConversationTargetStore } from "../../db/stores/conversation-targets.js";
import { createSentCardStore } from "../../db/stores/sent-cards.js";
import { createSlackSeenStore } from "../../db/stores/slack-seen.js";
import type { ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import { createMemoryConversationTargetStore, createMemorySentCardStore, createMemorySlackSeenStore } from "../../src/stores/memory.js";
import type { SentCardStore, SentCardStoreOptions } from "../../src/stores/sent-cards.js";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";
import { openDatabase } from "../../db/connection.js";
import { openTestDb, tempDbPath } from "../support/db.js";

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

function runSentCardContract(name: string, open: (options?: SentCardStoreOptions) => SentCardStore) {
  describe(`SentCardStore contract: ${name}`, () => {
    it("finds a card by conversation and activity id, and an update replaces the card but keeps when it was sent", () => {
      const store = open();
      store.remember("a:1chat", "act-1", '{"v":1}', 1000);
      expect(store.find("a:1chat", "act-1")).toEqual({ conversationId: "a:1chat", activityId: "act-1", card: '{"v":1}', sentAt: 1000, updatedAt: 1000 });
      store.remember("a:1chat", "act-1", '{"v":2}', 5000);
      expect(store.find("a:1chat", "act-1")).toMatchObject({ card: '{"v":2}', sentAt: 1000, updatedAt: 5000 });
      // Activity ids are only unique within a conversation.
      expect(store.find("a:2other", "act-1")).toBeUndefined();
    });

    it("forgets cards untouched for 90 days, once another card is sent", () => {
      const store = open();
      store.remember("a:1chat", "old", "{}", 0);
      store.remember("a:1chat", "settled", "{}", 0);
      store.remember("a:1chat", "settled", '{"settled":true}', 10 * DAY);
      store.remember("a:2other", "new", "{}", 91 * DAY);
      expect(store.find("a:1chat", "old")).toBeUndefined();
      expect(store.find("a:1chat", "settled")?.card).toBe('{"settled":true}');
      expect(store.find("a:2other", "new")).toBeDefined();
    });

    it("keeps only a conversation's newest cards, leaving other conversations alone", () => {
      const store = open({ perConversation: 3 });
      store.remember("19:other@thread", "keep", "{}", 0);
      for (let i = 1; i <= 5; i++) store.remember("a:1chat", `act-${i}`, "{}", i * 1000);
      expect(["act-1", "act-2", "act-3", "act-4", "act-5"].map((id) => store.find("a:1chat", id) !== undefined)).toEqual([false, false, true, true, true]);
      expect(store.find("19:other@thread", "keep")).toBeDefined();
    });
  });
}

runSlackSeenContract("SQLite", () => createSlackSeenStore(openTestDb()));
runSlackSeenContract("in memory", createMemorySlackSeenStore);
runConversationTargetContract("SQLite", () => createConversationTargetStore(openTestDb(), "teams"));
runConversationTargetContract("in memory", () => createMemoryConversationTargetStore("teams"));
runSentCardContract("SQLite", (options) => createSentCardStore(openTestDb(), options));
runSentCardContract("in memory", createMemorySentCardStore);

describe("SentCardStore in SQLite", () => {
  it("finds a card after a restart (a new store over the same database)", () => {
    const db = openTestDb();
    createSentCardStore(db).remember("a:1chat", "act-1", '{"v":1}', 1000);
    expect(createSentCardStore(db).find("a:1chat", "act-1")?.card).toBe('{"v":1}');
  });
});

describe("ConversationTargetStore in SQLite", () => {
  const target = { kind: "person" as const, ref: "aad-1", serviceUrl: "https://smba.example/emea/", userId: "29:1" };

  it("sees a change made through another connection (another process) at its next look-up", () => {
    const path = tempDbPath();
    const here = createConversationTargetStore(openDatabase(path), "teams");
    const elsewhere = createConversationTargetStore(openDatabase(path), "teams");
    here.save(target, 1000, { reenable: true });
    expect(here.find("person", "aad-1")?.disabledAt).toBeNull();
    elsewhere.disable("person", "aad-1", "blocked", 2000);
    expect(here.find("person", "aad-1")).toMatchObject({ disabledAt: 2000, disabledReason: "blocked" });
    // The next message re-enables it, though this connection had seen it enabled with the same values.
    here.save(target, 3000, { reenable: true });
    expect(elsewhere.find("person", "aad-1")?.disabledAt).toBeNull();
  });

  it("sees a change made by another store over the same connection", () => {
    const db = openTestDb();
    const adapter = createConversationTargetStore(db, "teams");
    const notifier = createConversationTargetStore(db, "teams");
    adapter.save(target, 1000, { reenable: true });
    expect(adapter.find("person", "aad-1")?.userId).toBe("29:1");
    notifier.disable("person", "aad-1", "uninstalled", 2000);
    expect(adapter.find("person", "aad-1")?.disabledReason).toBe("uninstalled");
  });
});
