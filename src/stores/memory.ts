/**
 * In-memory twins of the store ports, for tests and tools that need no database. They pass the same contract
 * suites as the SQLite stores (test/stores/).
 */
import type { ConversationTarget, ConversationTargetStore } from "./conversation-targets.js";
import type { DirectoryPerson, PeopleDirectory } from "./people-directory.js";
import { SENT_CARD_DEFAULTS, type SentCard, type SentCardStore, type SentCardStoreOptions } from "./sent-cards.js";
import type { SlackSeenStore } from "./slack-seen.js";

const KEEP_EVENTS_MS = 24 * 60 * 60_000;

export function createMemorySlackSeenStore(): SlackSeenStore {
  const events = new Map<string, number>();
  const signatures = new Map<string, number>();
  return {
    markEventSeen(eventId, now) {
      for (const [id, seenAt] of events) if (seenAt < now - KEEP_EVENTS_MS) events.delete(id);
      if (events.has(eventId)) return false;
      events.set(eventId, now);
      return true;
    },
    flush() {},
    markSignatureSeen(signature, expiresAt, now) {
      for (const [known, until] of signatures) if (until < now) signatures.delete(known);
      if (signatures.has(signature)) return false;
      signatures.set(signature, expiresAt);
      return true;
    },
  };
}

export function createMemoryConversationTargetStore(platform: string): ConversationTargetStore {
  const rows: ConversationTarget[] = [];
  let nextId = 1;
  const find = (kind: string, ref: string) => rows.find((r) => r.kind === kind && r.ref === ref);
  return {
    find: (kind, ref) => {
      const row = find(kind, ref);
      return row ? { ...row } : undefined;
    },
    newestEnabled() {
      const enabled = rows.filter((r) => r.disabledAt === null);
      const newest = enabled.reduce<ConversationTarget | undefined>((best, r) => (best && best.updatedAt >= r.updatedAt ? best : r), undefined);
      return newest ? { ...newest } : undefined;
    },
    save(values, now, { reenable }) {
      const wanted = { ...values, ...(reenable ? { disabledAt: null, disabledReason: null } : {}) };
      const defined = Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined));
      const existing = find(values.kind, values.ref);
      if (existing) {
        const changed = Object.entries(defined).some(([key, value]) => existing[key as keyof ConversationTarget] !== value);
        if (changed) Object.assign(existing, defined, { updatedAt: now });
        return;
      }
      rows.push({
        id: nextId++,
        platform,
        conversationId: null,
        conversationType: null,
        tenantId: null,
        teamId: null,
        channelId: null,
        botId: null,
        userId: null,
        userAadId: null,
        disabledAt: null,
        disabledReason: null,
        ...(defined as Pick<ConversationTarget, "kind" | "ref" | "serviceUrl">),
        createdAt: now,
        updatedAt: now,
      });
    },
    disable(kind, ref, reason, now) {
      const row = find(kind, ref);
      if (row) Object.assign(row, { disabledAt: now, disabledReason: reason, updatedAt: now });
    },
  };
}

export function createMemoryPeopleDirectory(people: readonly DirectoryPerson[]): PeopleDirectory {
  return {
    list: () => people.map((p) => ({ ...p })),
    find: (id) => {
      const person = people.find((p) => p.id === id);
      return person ? { ...person } : undefined;
    },
  };
}

export function createMemorySentCardStore(options: SentCardStoreOptions = {}): SentCardStore {
  const { keepMs, perConversation } = { ...SENT_CARD_DEFAULTS, ...options };
  const cards = new Map<string, SentCard>();
  const keyOf = (conversationId: string, activityId: string) => `${conversationId}\u0000${activityId}`;
  return {
    remember(conversationId, activityId, card, now) {
      const known = cards.get(keyOf(conversationId, activityId));
      if (known) {
        Object.assign(known, { card, updatedAt: now });
        return;
      }
      cards.set(keyOf(conversationId, activityId), { conversationId, activityId, card, sentAt: now, updatedAt: now });
      for (const [key, row] of cards) if (row.updatedAt < now - keepMs) cards.delete(key);
      // Map order is insertion order: the first of this conversation's cards are its oldest.
      const mine = [...cards.entries()].filter(([, row]) => row.conversationId === conversationId);
      for (const [key] of mine.slice(0, Math.max(0, mine.length - perConversation))) cards.delete(key);
    },
    find(conversationId, activityId) {
      const row = cards.get(keyOf(conversationId, activityId));
      return row ? { ...row } : undefined;
    },
  };
}
