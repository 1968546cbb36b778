/** Per-tick memo of what rendering needs (meetings, forums, people, settings), so 10,000 rows cost a few queries. */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { channelBindings, forumMembers, measures, people, personIdentities, reminderSettings, reminderTargets } from "../../../db/schema/index.js";
import { partiesThatProposed } from "../agenda/proposers.js";
import { findMeeting, type MeetingRow } from "../meetings.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import { minutesState, type MinutesStatus } from "../minutes/status.js";
import { findParty } from "../parties.js";
import { findRegion, type RegionRow } from "../regions.js";
import { forumById, type ForumRow } from "../forums.js";
import type { PersonRow } from "../people.js";
import { memo } from "../../memo.js";
import { DEFAULT_SETTINGS, type ReminderSettings } from "./settings.js";

export interface TickCache {
  region: RegionRow | undefined;
  meeting(id: string): MeetingRow | undefined;
  forum(id: number): ForumRow | undefined;
  deadline(meetingId: string): number | undefined;
  person(id: string): PersonRow | undefined;
  settings(personId: string): ReminderSettings;
  identities(personId: string): { platform: string; externalId: string }[];
  bindings(forumId: number): (typeof channelBindings.$inferSelect)[];
  binding(platform: string, ref: string): typeof channelBindings.$inferSelect | undefined;
  memberParty(forumId: number, personId: string): string | null;
  isMember(forumId: number, personId: string): boolean;
  partyName(partyId: string, locale: "fi" | "sv" | "en"): string;
  proposers(meetingId: string): Set<string>;
  minutes(meetingId: string): MinutesStatus;
  measureDone(id: number): boolean;
  isDisabled(targetKey: string): boolean;
}

/** Loads a whole (small) table once, on first use, into a map. */
function lazyIndex<K, V>(load: () => Map<K, V>): () => Map<K, V> {
  let map: Map<K, V> | undefined;
  return () => (map ??= load());
}

function group<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return map;
}

export function createTickCache(db: Db): TickCache {
  const allPeople = lazyIndex(
    () =>
      new Map(
        db
          .select()
          .from(people)
          .all()
          .map((p) => [p.id, p]),
      ),
  );
  const allIdentities = lazyIndex(() =>
    group(
      db
        .select({ personId: personIdentities.personId, platform: personIdentities.platform, externalId: personIdentities.externalId })
        .from(personIdentities)
        .all(),
      (r) => r.personId,
    ),
  );
  const allSettings = lazyIndex(
    () =>
      new Map(
        db
          .select()
          .from(reminderSettings)
          .all()
          .map((r) => [r.personId, { muted: new Set(r.mutedKinds), delivery: r.delivery } as ReminderSettings]),
      ),
  );
  const allMembers = lazyIndex(
    () =>
      new Map(
        db
          .select()
          .from(forumMembers)
          .all()
          .map((m) => [`${m.forumId}\u0000${m.personId}`, m.partyId]),
      ),
  );
  const allDisabled = lazyIndex(
    () =>
      new Map(
        db
          .select()
          .from(reminderTargets)
          .all()
          .map((r) => [r.targetKey, true]),
      ),
  );
  const allBindings = lazyIndex(
    () =>
      new Map(
        db
          .select()
          .from(channelBindings)
          .all()
          .map((b) => [`${b.platform}\u0000${b.channelRef}`, b]),
      ),
  );
  const meeting = memo((id: string) => findMeeting(db, id));
  const forum = memo((id: number) => forumById(db, id));
  const bindingsOf = memo((forumId: number) => db.select().from(channelBindings).where(eq(channelBindings.forumId, forumId)).all());
  const party = memo((id: string) => findParty(db, id));
  return {
    region: findRegion(db),
    meeting,
    forum,
    deadline: memo((meetingId: string) => {
      const m = meeting(meetingId);
      const f = m ? forum(m.forumId) : undefined;
      return m && f ? agendaDeadlineOf(m, f) : undefined;
    }),
    person: (id) => allPeople().get(id),
    settings: (personId) => allSettings().get(personId) ?? DEFAULT_SETTINGS,
    identities: (personId) => allIdentities().get(personId) ?? [],
    bindings: (forumId) => bindingsOf(forumId),
    binding: (platform, ref) => allBindings().get(`${platform}\u0000${ref}`),
    isMember: (forumId, personId) => allMembers().has(`${forumId}\u0000${personId}`),
    memberParty: (forumId, personId) => allMembers().get(`${forumId}\u0000${personId}`) ?? allPeople().get(personId)?.partyId ?? null,
    partyName: (partyId, locale) => {
      const p = party(partyId);
      return p ? (p.names[locale] ?? p.names.fi) : partyId;
    },
    proposers: memo((meetingId: string) => partiesThatProposed(db, meetingId)),
    minutes: memo((meetingId: string) => minutesState(db, meetingId)),
    measureDone: memo((id: number) => (db.select({ status: measures.status }).from(measures).where(eq(measures.id, id)).get()?.status ?? "done") === "done"),
    isDisabled: (key) => allDisabled().has(key),
  };
}
