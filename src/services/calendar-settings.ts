/**
 * The calendar's fixed settings (issue 19 point 6). UIDs carry one domain for the life of the installation:
 * CALENDAR_UID_DOMAIN, else the PUBLIC_URL host, stored at first start; a later change of either is ignored (and
 * reported), so a moved server never duplicates every event in people's calendars. The organizer address of
 * CALENDAR_ORGANIZER is recorded at each start, so every part of the process (feeds, invites, reminders) reads
 * the same one.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { settings } from "../../db/schema/index.js";
import { hostOf } from "../calendar/urls.js";

const UID_DOMAIN = "calendar.uid_domain";
const ORGANIZER = "calendar.organizer";

export interface CalendarSettings {
  uidDomain: string;
  /** CALENDAR_ORGANIZER, when set. */
  organizer?: string;
}

function read(db: DbOrTx, key: string): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

function write(db: DbOrTx, key: string, value: string, now: number): void {
  db.insert(settings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
}

export interface CalendarConfig {
  publicUrl: string;
  calendarUidDomain?: string;
  calendarOrganizer?: string;
}

/**
 * Fixes the UID domain on first start and records the organizer. Returns the domain in force and, when the
 * environment asks for another one, that ignored value (the caller logs it).
 */
export function settleCalendarSettings(db: DbOrTx, config: CalendarConfig, now: number): { uidDomain: string; ignored?: string } {
  const wanted = config.calendarUidDomain ?? hostOf(config.publicUrl);
  const stored = read(db, UID_DOMAIN);
  if (stored === undefined) write(db, UID_DOMAIN, wanted, now);
  if (config.calendarOrganizer) write(db, ORGANIZER, config.calendarOrganizer, now);
  else db.delete(settings).where(eq(settings.key, ORGANIZER)).run();
  const uidDomain = stored ?? wanted;
  return config.calendarUidDomain && config.calendarUidDomain !== uidDomain ? { uidDomain, ignored: config.calendarUidDomain } : { uidDomain };
}

/** The settings in force; before the first start settles them, the PUBLIC_URL host. */
export function calendarSettings(db: DbOrTx, publicUrl: string): CalendarSettings {
  const organizer = read(db, ORGANIZER);
  return { uidDomain: read(db, UID_DOMAIN) ?? hostOf(publicUrl), ...(organizer ? { organizer } : {}) };
}
