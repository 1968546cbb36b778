/**
 * A meeting's readable id: the forum's code, the year the meeting was numbered in and its running number in that
 * year (JOHTO-2027-2). A meeting keeps its id when it is moved, so the year may differ from the year it takes place.
 */
export interface MeetingIdParts {
  forum: string;
  year: number;
  number: number;
}

/** JOHTO-2027-2 → { forum: "JOHTO", year: 2027, number: 2 }; undefined when it is not in that shape. */
export function parseMeetingId(id: string): MeetingIdParts | undefined {
  const parts = /^(.+)-(\d{4})-(\d+)$/.exec(id);
  return parts ? { forum: parts[1]!, year: Number(parts[2]), number: Number(parts[3]) } : undefined;
}

/** The id as the calendar writes it: JOHTO-2027-2, never JOHTO-2027-02. */
export function formatMeetingId(id: MeetingIdParts): string {
  return `${id.forum}-${id.year}-${id.number}`;
}

/** True when a word someone typed looks like a meeting id (JOHTO-2027-2, any letter case). */
export function looksLikeMeetingId(word: string | undefined): boolean {
  return !!word && /^[A-Za-zÅÄÖåäö0-9_]+-\d{4}-\d+$/.test(word);
}
