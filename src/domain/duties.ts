/**
 * Duty computation: which forum must meet in which period (from the rules), and whether it did. Pure.
 * A past non-cancelled meeting counts as held; a future one as scheduled.
 *
 * @example computeDuties({ forums, meetings, terms, settings, zone: "Europe/Helsinki", from: "2027-01-01", to: "2027-12-31" }, now)
 */
import type { CouncilTerm } from "./council-terms.js";
import type { DutyRule, DutySettings } from "./duty-rules.js";
import { CADENCE_PERIOD, periodsBetween, type Period, type PeriodKind } from "./periods.js";

export interface DutyForum {
  id: number;
  code: string;
  kind: string;
  cadence: string;
  followsUpAgreement: boolean;
}

export interface DutyMeeting {
  id: string;
  forumId: number;
  startsAt: number;
  status: string;
}

export interface DutyInput {
  forums: readonly DutyForum[];
  meetings: readonly DutyMeeting[];
  terms: readonly CouncilTerm[];
  settings: DutySettings;
  zone: string;
  /** Local dates: every period touching from..to is computed. */
  from: string;
  to: string;
}

export type DutyStatus = "met" | "scheduled" | "at_risk" | "due_soon" | "open" | "missing";

export interface Duty {
  rule: DutyRule;
  forum: DutyForum;
  period: Period;
  status: DutyStatus;
  held: string[];
  scheduled: string[];
  /** Days from today to the period's end (negative when it has ended). */
  daysLeft: number;
}

function periodKindFor(rule: DutyRule, forum: DutyForum): PeriodKind | undefined {
  return rule.period === "cadence" ? CADENCE_PERIOD[forum.cadence] : rule.period;
}

function matches(rule: DutyRule, forum: DutyForum): boolean {
  if (rule.match.kind !== undefined && rule.match.kind !== forum.kind) return false;
  if (rule.match.followsUpAgreement !== undefined && rule.match.followsUpAgreement !== forum.followsUpAgreement) return false;
  return true;
}

/** The rules binding a forum; a cadence duty is left out when another rule already counts the same period. */
export function rulesFor(forum: DutyForum, rules: readonly DutyRule[]): { rule: DutyRule; kind: PeriodKind }[] {
  const bound: { rule: DutyRule; kind: PeriodKind }[] = [];
  for (const rule of rules) {
    if (rule.period === "cadence" || !matches(rule, forum)) continue;
    bound.push({ rule, kind: rule.period });
  }
  for (const rule of rules) {
    if (rule.period !== "cadence" || !matches(rule, forum)) continue;
    const kind = periodKindFor(rule, forum);
    if (kind && !bound.some((b) => b.kind === kind)) bound.push({ rule, kind });
  }
  return bound;
}

export function statusOf(held: number, scheduled: number, min: number, daysLeft: number, settings: DutySettings): DutyStatus {
  if (held >= min) return "met";
  if (held + scheduled >= min) return "scheduled";
  if (daysLeft < 0) return "missing";
  if (daysLeft <= settings.horizonDays) return "at_risk";
  if (daysLeft <= settings.dueSoonDays) return "due_soon";
  return "open";
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (yyyy-MM-dd) of an instant; Intl is much cheaper than a luxon DateTime per meeting. */
export function localDateOf(ms: number, zone: string): string {
  let format = formatters.get(zone);
  if (!format) formatters.set(zone, (format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return format.format(ms);
}

export function computeDuties(input: DutyInput, now: number): Duty[] {
  const today = localDateOf(now, input.zone);
  const todayMs = Date.parse(today);
  const byForum = new Map<number, { id: string; date: string; past: boolean }[]>();
  for (const m of input.meetings) {
    if (m.status === "cancelled") continue;
    const list = byForum.get(m.forumId) ?? [];
    list.push({ id: m.id, date: localDateOf(m.startsAt, input.zone), past: m.startsAt <= now || m.status === "held" });
    byForum.set(m.forumId, list);
  }
  const duties: Duty[] = [];
  for (const forum of input.forums) {
    const own = byForum.get(forum.id) ?? [];
    for (const { rule, kind } of rulesFor(forum, input.settings.rules)) {
      for (const period of periodsBetween(kind, input.from, input.to, input.terms)) {
        const inside = own.filter((m) => m.date >= period.startsOn && m.date <= period.endsOn);
        const held = inside.filter((m) => m.past).map((m) => m.id);
        const scheduled = inside.filter((m) => !m.past).map((m) => m.id);
        const daysLeft = Math.round((Date.parse(period.endsOn) - todayMs) / DAY_MS);
        const status = statusOf(held.length, scheduled.length, rule.minMeetings, daysLeft, input.settings);
        duties.push({ rule, forum, period, status, held, scheduled, daysLeft });
      }
    }
  }
  return duties.sort((a, b) => a.period.endsOn.localeCompare(b.period.endsOn) || a.forum.code.localeCompare(b.forum.code));
}

/** Duties whose period ends within the horizon with nothing scheduled (for reminders). */
export function dutiesAtRisk(input: DutyInput, now: number): Duty[] {
  return computeDuties(input, now).filter((d) => d.status === "at_risk");
}
