/**
 * § numbers follow the agenda (issue 15 point 5, DOMAIN "Minutes"): within a meeting, decisions are ordered by
 * their agenda item number ("2" before "4", "4" before "4a", "10" after "9"), other matters last, ties in the
 * order they were typed. Pure.
 */
export interface Ordered {
  id: number;
  /** The agenda item number as shown ("4", "4a"); null for other matters. */
  itemNumber: string | null;
  /** The linked agenda item's place on the agenda, when the decision answers one (wins over the number). */
  agendaPosition?: number | null;
}

function itemKey(item: string | null): [number, string] {
  if (item === null) return [Number.MAX_SAFE_INTEGER, ""];
  const m = /^(\d+)(.*)$/.exec(item.trim());
  return m ? [Number(m[1]), m[2]!.toLowerCase()] : [Number.MAX_SAFE_INTEGER - 1, item.toLowerCase()];
}

/** @example compareAgendaOrder({ id: 1, itemNumber: "4" }, { id: 2, itemNumber: "2" }) > 0 */
export function compareAgendaOrder(a: Ordered, b: Ordered): number {
  const ap = a.agendaPosition ?? null;
  const bp = b.agendaPosition ?? null;
  if (ap !== null && bp !== null && ap !== bp) return ap - bp;
  const [an, as] = itemKey(a.itemNumber);
  const [bn, bs] = itemKey(b.itemNumber);
  return an - bn || as.localeCompare(bs) || a.id - b.id;
}

export interface Numbered extends Ordered {
  section: number;
  final: boolean;
  /** The meeting's start: earlier meetings take the earlier §§ of the year. */
  startsAt: number;
}

/**
 * The § each decision of a forum's numbering year should carry: running in meeting order, then agenda order.
 * Final decisions keep their § (the record is immutable); undefined when a draft cannot fit around them.
 */
export function sectionsInAgendaOrder(rows: readonly Numbered[]): Map<number, number> | undefined {
  const sorted = [...rows].sort((a, b) => a.startsAt - b.startsAt || compareAgendaOrder(a, b));
  const finals = new Set(rows.filter((r) => r.final).map((r) => r.section));
  const out = new Map<number, number>();
  let counter = 0;
  for (const row of sorted) {
    if (row.final) {
      counter = Math.max(counter, row.section);
      out.set(row.id, row.section);
      continue;
    }
    counter++;
    if (finals.has(counter)) return undefined;
    out.set(row.id, counter);
  }
  return out;
}
