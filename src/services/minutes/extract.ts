/**
 * A per-party extract of one § (pöytäkirjanote) for filing in that party's own case system: the meeting's facts,
 * the § with that party's diary number first, and the certification (Otteen oikeaksi todistaa): the forum
 * secretary's name and title, the place and the date. Same renderers as the full minutes.
 */
import type { DbOrTx } from "../../../db/connection.js";
import { t } from "../../i18n/catalog.js";
import { formatDate } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import { findPerson } from "../people.js";
import type { ForumRow } from "../forums.js";
import type { PartyRow } from "../parties.js";
import { buildMinutesDocument, type MinutesDoc } from "./document.js";
import { findMinutes } from "./open.js";
import { UserError } from "../../errors.js";

/** `certifiedAt`: when the extract is given (defaults to the minutes' approval, else the meeting's end). */
export function buildExtract(
  db: DbOrTx,
  meeting: MeetingRow,
  forum: ForumRow,
  section: number,
  party: PartyRow,
  locale: Locale,
  certifiedAt?: number,
): MinutesDoc {
  const full = buildMinutesDocument(db, meeting, forum, locale);
  const one = full.sections.find((s) => s.section === section);
  if (!one) throw new UserError("minutes.unknownSection", { meeting: meeting.id, section });
  const diary = one.view.diary.find((d) => d.partyId === party.id);
  const partyName = localized(party.names, locale);
  const diaryLabel = t(locale, "decision.diary");
  const minutesRow = findMinutes(db, meeting.id);
  const secretary = findPerson(db, minutesRow?.secretaryId ?? forum.secretaryId ?? "");
  const when = certifiedAt ?? minutesRow?.approvedAt ?? meeting.endsAt;
  const place = forum.defaultPlace ?? meeting.place ?? "";
  return {
    ...full,
    title: `${t(locale, "minutes.extractTitle")}: ${one.label}`,
    subtitle: t(locale, "minutes.extractFor", { party: partyName }),
    facts: [...full.facts, ...(diary ? [{ label: `${diaryLabel} (${partyName})`, value: diary.number }] : [])],
    attendees: [],
    legality: "",
    inspectors: full.inspectors,
    sections: [one],
    signatures: { heading: full.signatures.heading, lines: [] },
    certification: {
      heading: t(locale, "record.doc.certification"),
      lines: [
        secretary?.name ?? "",
        secretary?.title ?? t(locale, "minutes.secretary"),
        t(locale, "record.doc.certifiedAt", { place, date: formatDate(when, locale, meeting.zone) }).trim(),
      ].filter(Boolean),
    },
  };
}
