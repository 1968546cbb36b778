/**
 * Statutory and agreed duties as data with Finnish defaults, so a law change needs no code change: a region's
 * agreement file may override them under `region.settings.duties` (rules by id, horizon days).
 *
 * @example settings: { duties: { horizon_days: 60, rules: [{ id: "hyte_negotiation", law: "612/2021 7 §" }] } }
 */
import type { PeriodKind } from "./periods.js";

export interface DutyRule {
  id: string;
  /** Which forums the rule binds: by kind, or those that follow up the agreement. Empty = every forum. */
  match: { kind?: string; followsUpAgreement?: boolean };
  /** The period counted in; "cadence" takes it from each forum's cadence (as_needed has no duty). */
  period: PeriodKind | "cadence";
  /** Law section shown with the duty, e.g. "612/2021 §7". */
  law?: string;
  /** How many held meetings the period needs. */
  minMeetings: number;
  /**
   * What a held meeting needs to count: "held" (default), "approved_minutes" (a statutory negotiation is met when
   * held and its minutes approved), or "decision" (approved minutes with a decision on it: the yearly follow-up).
   */
  counts?: "held" | "approved_minutes" | "decision";
  /** Optional names for a region's own rule; defaults have texts in the catalog. */
  label?: { fi: string; sv?: string; en?: string };
}

export interface DutySettings {
  rules: DutyRule[];
  /** A duty whose period ends within this many days with nothing scheduled is at risk. */
  horizonDays: number;
  /** Nothing scheduled and the period ends within this many days: due soon. */
  dueSoonDays: number;
}

export const DEFAULT_DUTY_RULES: DutyRule[] = [
  // 612/2021 §7: the county negotiates health and wellbeing promotion with its municipalities every calendar year.
  { id: "hyte_negotiation", match: { kind: "hyte_negotiation" }, period: "year", law: "612/2021 §7", minMeetings: 1, counts: "approved_minutes" },
  // 611/2021 §14: the county and its municipalities negotiate at least once per council term.
  { id: "term_negotiation", match: { kind: "term_negotiation" }, period: "term", law: "611/2021 §14", minMeetings: 1, counts: "approved_minutes" },
  // Agreement template section 7: the top management forum follows up the agreement every calendar year.
  { id: "agreement_follow_up", match: { followsUpAgreement: true }, period: "year", minMeetings: 1, counts: "decision" },
  // The cadence each forum agreed on (per_term, yearly, half_yearly, quarterly, monthly).
  { id: "cadence", match: {}, period: "cadence", minMeetings: 1 },
];

export const DEFAULT_DUTY_SETTINGS: DutySettings = { rules: DEFAULT_DUTY_RULES, horizonDays: 90, dueSoonDays: 180 };

const COUNTS = new Set(["held", "approved_minutes", "decision"]);
const PERIODS = new Set(["year", "half_year", "quarter", "month", "term", "cadence"]);

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Merges `region.settings.duties` over the defaults; unknown or malformed values fall back to the defaults. */
export function dutySettingsFrom(settings: Record<string, unknown> | undefined): DutySettings {
  const raw = (settings?.duties ?? {}) as Record<string, unknown>;
  const rules = DEFAULT_DUTY_RULES.map((r) => ({ ...r, match: { ...r.match } }));
  for (const entry of Array.isArray(raw.rules) ? raw.rules : []) {
    if (typeof entry !== "object" || entry === null) continue;
    const o = entry as Record<string, unknown>;
    const id = str(o.id);
    if (!id) continue;
    const index = rules.findIndex((r) => r.id === id);
    if (o.enabled === false) {
      if (index >= 0) rules.splice(index, 1);
      continue;
    }
    const base: DutyRule = index >= 0 ? rules[index]! : { id, match: {}, period: "year", minMeetings: 1 };
    const period = str(o.period);
    const rule: DutyRule = {
      ...base,
      match: {
        kind: str(o.forum_kind) ?? base.match.kind,
        followsUpAgreement: typeof o.follows_up_agreement === "boolean" ? o.follows_up_agreement : base.match.followsUpAgreement,
      },
      period: period && PERIODS.has(period) ? (period as DutyRule["period"]) : base.period,
      law: str(o.law) ?? base.law,
      minMeetings: Math.max(1, Math.floor(num(o.min_meetings, base.minMeetings))),
      counts: COUNTS.has(str(o.counts) ?? "") ? (o.counts as DutyRule["counts"]) : base.counts,
      label: typeof o.label === "object" && o.label !== null && str((o.label as { fi?: unknown }).fi) ? (o.label as DutyRule["label"]) : base.label,
    };
    if (index >= 0) rules[index] = rule;
    else rules.push(rule);
  }
  return {
    rules,
    horizonDays: num(raw.horizon_days, DEFAULT_DUTY_SETTINGS.horizonDays),
    dueSoonDays: num(raw.due_soon_days, DEFAULT_DUTY_SETTINGS.dueSoonDays),
  };
}
