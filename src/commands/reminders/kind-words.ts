/**
 * The word a person types for a reminder kind, in each language (`muistutukset pois kutsu`, `påminnelser av
 * kallelse`, `reminders off invitation`), so no Finnish or Swedish reply shows an English code (issue 14 point 6).
 * Any language's word (and the English code with - or _) is understood everywhere.
 */
import { parseReminderKind, REMINDER_KINDS, type ReminderKind } from "../../domain/reminder-kinds.js";
import type { Locale } from "../../i18n/locale.js";

const WORDS: Record<ReminderKind, Record<Locale, string>> = {
  invitation: { en: "invitation", fi: "kutsu", sv: "kallelse" },
  change: { en: "change", fi: "muutos", sv: "ändring" },
  agenda_call: { en: "agenda-call", fi: "asiakutsu", sv: "ärendeuppmaning" },
  agenda_deadline: { en: "agenda-deadline", fi: "määräaika", sv: "sista-dag" },
  day_before: { en: "day-before", fi: "edellinen-päivä", sv: "dagen-före" },
  hour_before: { en: "hour-before", fi: "tuntia-ennen", sv: "timmen-före" },
  minutes_due: { en: "minutes-due", fi: "pöytäkirja-puuttuu", sv: "protokoll-saknas" },
  minutes_inspection: { en: "minutes-inspection", fi: "tarkastus", sv: "justering" },
  quorum_at_risk: { en: "quorum-at-risk", fi: "päätösvaltaisuus", sv: "beslutförhet" },
  duty_at_risk: { en: "duty-at-risk", fi: "velvoite", sv: "skyldighet" },
  measure_overdue: { en: "measure-overdue", fi: "toimenpide", sv: "åtgärd" },
};

/** "Every kind", in each language. */
export const ALL_WORDS: Record<Locale, string> = { en: "all", fi: "kaikki", sv: "alla" };

/** The word for a kind in the person's language. */
export function kindWord(kind: ReminderKind, locale: Locale): string {
  return WORDS[kind][locale];
}

/** The kind a typed word names, in any language; undefined when none. */
export function parseKindWord(word: string): ReminderKind | undefined {
  const lower = word.trim().toLowerCase();
  return REMINDER_KINDS.find((kind) => Object.values(WORDS[kind]).includes(lower)) ?? parseReminderKind(lower);
}

export function isAllWord(word: string): boolean {
  return Object.values(ALL_WORDS).includes(word.trim().toLowerCase());
}
