/**
 * Duty computation: which forum must meet in which period (from the rules), and whether it did. Pure.
 * A past non-cancelled meeting counts as held; a future one as scheduled. What a held meeting must also have to
 * meet a rule is the rule's `counts` (issue 15 point 7): a statutory negotiation counts once its minutes are
 * approved, the yearly follow-up only with a decision on it; until then the duty is "minutes pending". Periods are
 * clipped to the agreement's validity (`bounds`).
 *
 * @example computeDuties({ forums, meetings, terms, settings, zone: "Europe/Helsinki", from: "2027-01-01", to: "2027-12-31" }, now)
 */
import type { CouncilTerm } from "./council-terms.js";
import type { DutyRule, DutySettings } from "./duty-rules.js";
import { earlierDate, laterDate } from "./local-date-order.js";
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
  /** Its minutes are approved. */
  recorded?: boolean;
  /** It has at least one final decision. */
  decided?: boolean;
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
  /** Local dates the duties exist in (the agreement's validity within the council term); periods are clipped to it. */
  bounds?: { from: string; to?: string | undefined };
  /** Only the duties of the rules it keeps (the yearly report leaves out each forum's own cadence); all when absent. */
  keep?: ((rule: DutyRule) => boolean) | undefined;
}

export type DutyStatus = "met" | "minutes_pending" | "scheduled" | "at_risk" | "due_soon" | "open" | "missing";

export interface Duty {
  rule: DutyRule;
  forum: DutyForum;
  period: Period;
  status: DutyStatus;
  held: string[];
  /** Held, but not counted yet: minutes not approved, or (follow-up) no decision on it. */
  pending: string[];
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
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(zone, format);
  }
  return format.format(ms);
}

export function computeDuties(input: DutyInput, now: number): Duty[] {
  const today = localDateOf(now, input.zone);
  const todayMs = Date.parse(today);
  const byForum = new Map<number, { id: string; date: string; past: boolean; entered: boolean; recorded: boolean; decided: boolean }[]>();
  for (const m of input.meetings) {
    if (m.status === "cancelled") continue;
    const list = byForum.get(m.forumId) ?? [];
    list.push({
      id: m.id,
      date: localDateOf(m.startsAt, input.zone),
      past: m.startsAt <= now || m.status === "held",
      entered: m.status === "held",
      recorded: m.recorded ?? false,
      decided: m.decided ?? false,
    });
    byForum.set(m.forumId, list);
  }
  const duties: Duty[] = [];
  for (const forum of input.forums) {
    const own = byForum.get(forum.id) ?? [];
    for (const { rule, kind } of rulesFor(forum, input.settings.rules)) {
      if (input.keep && !input.keep(rule)) continue;
      for (const whole of periodsBetween(kind, input.from, input.to, input.terms)) {
        const period = clip(whole, input.bounds);
        if (!period) continue;
        const inside = own.filter((m) => m.date >= period.startsOn && m.date <= period.endsOn);
        // A final decision exists only once the minutes are approved, so it proves the approval too. A meeting entered
        // afterwards (`held`) counts for any duty only once its minutes are approved (issue 15 point 2).
        const counted = (m: (typeof inside)[number]) =>
          m.past && (rule.counts === "decision" ? m.decided : rule.counts === "approved_minutes" || m.entered ? m.recorded || m.decided : true);
        const held = inside.filter(counted).map((m) => m.id);
        const pending = inside.filter((m) => m.past && !counted(m)).map((m) => m.id);
        const scheduled = inside.filter((m) => !m.past).map((m) => m.id);
        const daysLeft = Math.round((Date.parse(period.endsOn) - todayMs) / DAY_MS);
        const status =
          held.length < rule.minMeetings && held.length + pending.length >= rule.minMeetings
            ? "minutes_pending"
            : statusOf(held.length, scheduled.length + pending.length, rule.minMeetings, daysLeft, input.settings);
        duties.push({ rule, forum, period, status, held, pending, scheduled, daysLeft });
      }
    }
  }
  return duties.sort((a, b) => a.period.endsOn.localeCompare(b.period.endsOn) || a.forum.code.localeCompare(b.forum.code));
}

/** The part of a period inside the bounds, or undefined when none of it is. */
function clip(period: Period, bounds: DutyInput["bounds"]): Period | undefined {
  if (!bounds) return period;
  const startsOn = laterDate(period.startsOn, bounds.from);
  const endsOn = bounds.to ? earlierDate(period.endsOn, bounds.to) : period.endsOn;
  return startsOn <= endsOn ? { ...period, startsOn, endsOn } : undefined;
}

/** Duties whose period ends within the horizon with nothing scheduled (for reminders). */
export function dutiesAtRisk(input: DutyInput, now: number): Duty[] {
  return computeDuties(input, now).filter((d) => d.status === "at_risk");
}
