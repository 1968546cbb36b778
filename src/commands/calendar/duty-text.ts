/** A duty in words: its name, law section, period and status in the person's language. */
import type { Duty, DutyStatus } from "../../domain/duties.js";
import { termLabel } from "../../domain/council-terms.js";
import type { MessageKey, Translate } from "../../i18n/catalog.js";
import { formatLocalDate } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";

export const STATUS_ICON: Record<DutyStatus, string> = {
  met: "✅",
  minutes_pending: "📝",
  scheduled: "📅",
  open: "⬜",
  due_soon: "⏳",
  at_risk: "⚠️",
  missing: "❌",
};

const DEFAULT_RULES = new Set(["hyte_negotiation", "term_negotiation", "agreement_follow_up", "cadence"]);

export function dutyName(duty: Duty, t: Translate, locale: Locale): string {
  if (duty.rule.label) return localized(duty.rule.label, locale);
  if (!DEFAULT_RULES.has(duty.rule.id)) return duty.rule.id;
  const name = t(`calendar.duty.${duty.rule.id}` as MessageKey);
  return duty.rule.id === "cadence" ? `${name} (${t(`cadence.${duty.forum.cadence}` as MessageKey)})` : name;
}

export function periodText(duty: Duty, locale: Locale): string {
  const p = duty.period;
  // A year clipped to the agreement's validity shows its dates, so nobody reads "2025" as the whole year.
  const whole = p.startsOn.endsWith("-01-01") && p.endsOn.endsWith("-12-31");
  if (p.kind === "year" && whole) return p.startsOn.slice(0, 4);
  if (p.kind === "term") return termLabel(p);
  return `${formatLocalDate(p.startsOn, locale)}–${formatLocalDate(p.endsOn, locale)}`;
}

export function dutyLine(duty: Duty, t: Translate, locale: Locale): string {
  const law = duty.rule.law ? ` (${duty.rule.law})` : "";
  const ids = [...duty.held, ...duty.pending, ...duty.scheduled];
  const meetings = ids.length > 0 ? ` — ${ids.join(", ")}` : "";
  const status = t(`calendar.dutyStatus.${duty.status}` as MessageKey, { days: duty.daysLeft });
  return `${STATUS_ICON[duty.status]} **${status}** — ${dutyName(duty, t, locale)}${law}, ${duty.forum.code}, ${periodText(duty, locale)}${meetings}`;
}
