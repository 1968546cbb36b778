/**
 * Warnings, not refusals, for a meeting being scheduled or moved: a weekend, a Finnish public holiday (named in
 * the person's language), an overlap with a meeting of a forum sharing members, or a break of the forum's cadence.
 */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../db/connection.js";
import { holidayOn, holidaysBetween, isWeekend } from "../domain/holidays.js";
import { findOverlaps } from "../domain/overlap.js";
import { CADENCE_PERIOD, periodOf } from "../domain/periods.js";
import type { MessageKey, Params } from "../i18n/catalog.js";
import { formatLocalDate, formatSpan } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import { councilTermsOf, meetingsBetween, membersByForum } from "./calendar-query.js";
import type { MeetingRow } from "./meetings.js";
import { listForums, type ForumRow } from "./forums.js";

export interface Warning {
  key: MessageKey;
  params: Params;
}

export interface WarningInput {
  forum: ForumRow;
  startsAt: number;
  endsAt: number;
  zone: string;
  locale: Locale;
  /** The meeting being moved (left out of overlap and cadence counts). */
  before?: MeetingRow;
}

const DAY = 24 * 3600 * 1000;
const MINIMUM_ONLY_KINDS: ReadonlySet<string> = new Set(["hyte_negotiation", "term_negotiation"]);

export function warningsFor(db: DbOrTx, input: WarningInput): Warning[] {
  const { forum, zone, locale } = input;
  const warnings: Warning[] = [];
  const date = DateTime.fromMillis(input.startsAt, { zone }).toISODate()!;
  const holiday = holidayOn(date, holidaysBetween(date, date));
  if (holiday) warnings.push({ key: "calendar.warn.holiday", params: { name: holiday.names[locale] } });
  else if (isWeekend(date)) warnings.push({ key: "calendar.warn.weekend", params: {} });

  const forumIds = listForums(db, forum.regionId).map((f) => f.id);
  const nearby = meetingsBetween(db, { forumIds, from: input.startsAt - DAY, to: input.endsAt + DAY, zone });
  const members = membersByForum(db, [...new Set([forum.id, ...nearby.map((m) => m.forumId)])]);
  const candidate = { id: input.before?.id, forumId: forum.id, startsAt: input.startsAt, endsAt: input.endsAt };
  for (const other of findOverlaps(candidate, nearby, members)) {
    warnings.push({ key: "calendar.warn.overlap", params: { id: other.id, when: formatSpan(other.startsAt, other.endsAt, locale, zone) } });
  }

  const kind = CADENCE_PERIOD[forum.cadence];
  if (kind) {
    const terms = councilTermsOf(db, forum.regionId);
    const period = periodOf(kind, date, terms)!;
    const own = (p: { startsOn: string; endsOn: string }) =>
      meetingsBetween(db, {
        forumIds: [forum.id],
        from: DateTime.fromISO(p.startsOn, { zone }).toMillis(),
        to: DateTime.fromISO(p.endsOn, { zone }).plus({ days: 1 }).toMillis(),
        zone,
      }).filter((m) => m.id !== input.before?.id);
    const same = own(period);
    // The statutory negotiations have a legal minimum, not a maximum (612/2021 §7, 611/2021 §14): a second one is fine.
    if (same.length > 0 && !MINIMUM_ONLY_KINDS.has(forum.kind)) warnings.push({ key: "calendar.warn.cadenceExtra", params: { id: same[0]!.id } });
    if (input.before) {
      const oldDate = DateTime.fromMillis(input.before.startsAt, { zone }).toISODate()!;
      const oldPeriod = periodOf(kind, oldDate, terms)!;
      if (oldPeriod.startsOn !== period.startsOn && own(oldPeriod).length === 0) {
        warnings.push({
          key: "calendar.warn.cadenceGap",
          params: { from: formatLocalDate(oldPeriod.startsOn, locale), to: formatLocalDate(oldPeriod.endsOn, locale) },
        });
      }
    }
  }
  return warnings;
}
