/**
 * Checks of single values and pairs that zod's shapes do not cover: the time zone, dates that exist, periods that
 * end after they start, goals that can be followed up, and meetings that fit their forum and zone.
 */
import { DateTime, IANAZone } from "luxon";
import { formatMeetingId, parseMeetingId } from "../../domain/meeting-id.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { AgreementFile } from "./file-schema.js";
import type { Path } from "./yaml-positions.js";
import type { LocatedMessage } from "./zod-issues.js";

const DATE = "yyyy-MM-dd";
export const LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm";

export function dateExists(value: string): boolean {
  return DateTime.fromFormat(value, DATE, { zone: "UTC" }).isValid;
}

/** A local date-time that exists in the zone (not in the hour skipped when clocks go forward). */
export function localDateTime(value: string, zone: string): DateTime | undefined {
  const parsed = DateTime.fromFormat(value, LOCAL_DATE_TIME, { zone });
  return parsed.isValid && parsed.toFormat(LOCAL_DATE_TIME) === value ? parsed : undefined;
}

export function valueChecks(file: AgreementFile, locale: Locale): LocatedMessage[] {
  const out: LocatedMessage[] = [];
  const date = (value: string | undefined, path: Path): boolean => {
    if (value === undefined) return false;
    if (dateExists(value)) return true;
    out.push({ path, message: t(locale, "agreement.v.date", { value }) });
    return false;
  };
  const period = (start: string, end: string | undefined, path: Path) => {
    const ok = date(start, [...path, "start"]);
    if (date(end, [...path, "end"]) && ok && end! < start) out.push({ path: [...path, "end"], message: t(locale, "agreement.v.endBeforeStart") });
  };

  const zone = file.region.time_zone;
  const zoneOk = IANAZone.isValidZone(zone);
  if (!zoneOk) out.push({ path: ["region", "time_zone"], message: t(locale, "agreement.v.zone", { value: zone }) });
  const { languages, default_language: language } = file.region;
  if (!languages.includes(language)) {
    out.push({ path: ["region", "default_language"], message: t(locale, "agreement.v.enum", { value: language, expected: languages.join(", ") }) });
  }
  for (const [i, term] of file.region.council_terms.entries()) period(term.start, term.end, ["region", "council_terms", i]);
  period(file.agreement.term.start, file.agreement.term.end, ["agreement", "term"]);
  date(file.agreement.approved, ["agreement", "approved"]);

  file.agreement.goals.forEach((goal, i) => {
    const at: Path = ["agreement", "goals", i];
    if (goal.indicators.length === 0) out.push({ path: [...at, "indicators"], message: t(locale, "agreement.v.noIndicators") });
    if (goal.measures.length === 0) out.push({ path: [...at, "measures"], message: t(locale, "agreement.v.noMeasures") });
    for (const [j, m] of goal.measures.entries()) date(m.due, [...at, "measures", j, "due"]);
  });

  const forumCodes = new Set(file.forums.map((f) => f.code));
  (file.meetings ?? []).forEach((meeting, i) => {
    const at: Path = ["meetings", i];
    if (!forumCodes.has(meeting.forum)) out.push({ path: [...at, "forum"], message: t(locale, "agreement.v.unknownForum", { value: meeting.forum }) });
    if (!zoneOk) return;
    const start = localDateTime(meeting.start, zone);
    const end = localDateTime(meeting.end, zone);
    if (!start) out.push({ path: [...at, "start"], message: t(locale, "agreement.v.datetime", { value: meeting.start }) });
    if (!end) out.push({ path: [...at, "end"], message: t(locale, "agreement.v.datetime", { value: meeting.end }) });
    if (start && end && end <= start) out.push({ path: [...at, "end"], message: t(locale, "agreement.v.endBeforeStart") });
    // The id names the forum and the year the meeting was numbered in, which is not always the year it takes place:
    // a meeting keeps its id when it is moved (over New Year, or further).
    const id = parseMeetingId(meeting.id);
    if (start && id && formatMeetingId({ ...id, forum: meeting.forum }) !== meeting.id) {
      const expected = formatMeetingId({ ...id, forum: meeting.forum });
      out.push({ path: [...at, "id"], message: t(locale, "agreement.v.meetingId", { value: meeting.id, forum: meeting.forum, expected }) });
    }
  });
  return out;
}
