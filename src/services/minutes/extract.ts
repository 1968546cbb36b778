/**
 * A per-party extract of one § (pöytäkirjanote) for filing in that party's own case system: the meeting's facts,
 * the § with that party's diary number first, and the certification line. Same renderers as the full minutes.
 */
import type { DbOrTx } from "../../../db/connection.js";
import { t } from "../../i18n/catalog.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow, PartyRow } from "../region.js";
import { buildMinutesDocument, type MinutesDoc } from "./document.js";
import { UserError } from "../../errors.js";

export function buildExtract(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, section: number, party: PartyRow, locale: Locale): MinutesDoc {
  const full = buildMinutesDocument(db, meeting, forum, locale);
  const one = full.sections.find((s) => s.section === section);
  if (!one) throw new UserError("minutes.unknownSection", { meeting: meeting.id, section });
  const diary = one.view.diary.find((d) => d.partyId === party.id);
  const partyName = localized(party.names, locale);
  const diaryLabel = t(locale, "decision.diary");
  return {
    ...full,
    title: `${t(locale, "minutes.extractTitle")}: ${one.label}`,
    subtitle: t(locale, "minutes.extractFor", { party: partyName }),
    facts: [...full.facts, ...(diary ? [{ label: `${diaryLabel} (${partyName})`, value: diary.number }] : [])],
    attendees: [],
    legality: "",
    inspectors: full.inspectors,
    sections: [one],
    footer: t(locale, "minutes.extractCertified"),
  };
}
