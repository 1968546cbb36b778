/** Earlier and later of two local dates (`yyyy-MM-dd`): such strings sort in calendar order, and Math.min/max take numbers only. */

/** `laterDate("2027-01-05", "2026-12-31")` → `"2027-01-05"`. */
export function laterDate(a: string, b: string): string {
  return a < b ? b : a;
}

/** `earlierDate("2027-01-05", "2026-12-31")` → `"2026-12-31"`. */
export function earlierDate(a: string, b: string): string {
  return b < a ? b : a;
}
