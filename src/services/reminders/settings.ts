/** Each person's reminder settings: muted kinds and how forum-wide notices reach them (channel or direct message). */
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../../db/connection.js";
import { reminderSettings } from "../../../db/schema/index.js";
import type { ReminderKind } from "../../domain/reminder-kinds.js";
import { UserError } from "../../errors.js";
import { change } from "../audit.js";
import type { UseCase } from "../use-case.js";

export interface ReminderSettings {
  muted: ReadonlySet<string>;
  delivery: "channel" | "dm";
}

export const DEFAULT_SETTINGS: ReminderSettings = { muted: new Set(), delivery: "channel" };

export function settingsOf(db: DbOrTx, personId: string): ReminderSettings {
  const row = db.select().from(reminderSettings).where(eq(reminderSettings.personId, personId)).get();
  return row ? { muted: new Set(row.mutedKinds), delivery: row.delivery } : DEFAULT_SETTINGS;
}

function save(db: Db, personId: string, next: { mutedKinds: string[]; delivery: "channel" | "dm" }, now: number): void {
  const before = settingsOf(db, personId);
  change(db, personId, now, (tx, audit) => {
    tx.insert(reminderSettings)
      .values({ personId, ...next, updatedAt: now })
      .onConflictDoUpdate({ target: reminderSettings.personId, set: { ...next, updatedAt: now } })
      .run();
    audit({ action: "reminders.settings", entity: "person", entityId: personId, before: { muted: [...before.muted], delivery: before.delivery }, after: next });
  });
}

/** Mutes (`on` false) or unmutes one kind, or every kind. */
export function setKindsMuted(db: Db, personId: string, kinds: readonly ReminderKind[], muted: boolean, now: number): ReminderSettings {
  const current = settingsOf(db, personId);
  const set = new Set(current.muted);
  for (const kind of kinds) muted ? set.add(kind) : set.delete(kind);
  save(db, personId, { mutedKinds: [...set].sort(), delivery: current.delivery }, now);
  return settingsOf(db, personId);
}

export function setDelivery(db: Db, personId: string, delivery: "channel" | "dm", now: number): ReminderSettings {
  const current = settingsOf(db, personId);
  save(db, personId, { mutedKinds: [...current.muted], delivery }, now);
  return settingsOf(db, personId);
}

/** The person a settings use case acts for: only ever their own settings; a chat user not linked to one is told how. */
function ownId(uc: UseCase): string {
  if (!uc.person) throw new UserError("error.notLinked");
  return uc.person.id;
}

/** The `reminders` use case: the person's own settings. */
export function mySettings(uc: UseCase): ReminderSettings {
  return settingsOf(uc.db, ownId(uc));
}

/** The `reminders dm|channel` use case: how forum-wide notices reach the person. */
export function setMyDelivery(uc: UseCase, delivery: "channel" | "dm"): ReminderSettings {
  return setDelivery(uc.db, ownId(uc), delivery, uc.now);
}

/** The `reminders off|on KIND…` use case: mutes or unmutes kinds for the person only. */
export function setMyKindsMuted(uc: UseCase, kinds: readonly ReminderKind[], muted: boolean): ReminderSettings {
  return setKindsMuted(uc.db, ownId(uc), kinds, muted, uc.now);
}
