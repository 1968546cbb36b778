/** Times as people type them: `13`, `13.00`, `13:00`, `9.30`, and ranges `13-15`, `13.00–15.30`. Pure. */

export interface ClockTime {
  hour: number;
  minute: number;
}

export type TimeParse = { ok: true; start: ClockTime; end?: ClockTime } | { ok: false; value: string };

/** Words that may stand before a time and carry no meaning: klo, kl., at. */
export const TIME_PREFIXES = new Set(["klo", "kl", "kl.", "at", "kello"]);

export function parseClockTime(text: string): ClockTime | undefined {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/**
 * @example parseTimeRange("13-15") // { ok: true, start: { hour: 13, minute: 0 }, end: { hour: 15, minute: 0 } }
 */
export function parseTimeRange(text: string): TimeParse {
  const parts = text.trim().split(/[-–—]/);
  if (parts.length > 2 || parts.some((p) => p === "")) return { ok: false, value: text };
  const start = parseClockTime(parts[0]!);
  const end = parts[1] !== undefined ? parseClockTime(parts[1]) : undefined;
  if (!start || (parts[1] !== undefined && !end)) return { ok: false, value: text };
  return end ? { ok: true, start, end } : { ok: true, start };
}

export function minutesOf(time: ClockTime): number {
  return time.hour * 60 + time.minute;
}

export function formatClockTime(time: ClockTime): string {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}
