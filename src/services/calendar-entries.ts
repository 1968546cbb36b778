/**
 * Who organizes and who attends a forum's meetings, as calendars show them (issue 19 points 2 and 3), shared by
 * feeds and invites. The ORGANIZER is the forum's mailbox, else CALENDAR_ORGANIZER, else a no-reply address, with
 * the convener (else the secretary) as SENT-BY; it is never also an attendee. Each member is an ATTENDEE whose
 * PARTSTAT is their answer in chat; "my deputy attends" delegates the seat (DELEGATED-TO on the member,
 * DELEGATED-FROM on the deputy, who takes the member's role, RFC 5545 §3.2.4–3.2.5).
 */
import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { type meetingResponses, people, type ResponseAnswer } from "../../db/schema/index.js";
import type { CalendarAnswer, CalendarAttendee, CalendarOrganizer } from "../calendar/calendar-data.js";
import type { CalendarSettings } from "./calendar-settings.js";
import type { ForumMemberRow, ForumRow } from "./forums.js";
import type { PersonRow } from "./people.js";

export type ResponseRow = typeof meetingResponses.$inferSelect;
type Contact = Pick<PersonRow, "id" | "name" | "email">;
export type MemberContact = Pick<ForumMemberRow, "personId" | "role"> & { person: Contact };

const ROLE: Record<ForumMemberRow["role"], CalendarAttendee["role"]> = {
  chair: "chair",
  vice_chair: "required",
  member: "required",
  presenter: "required",
  deputy: "optional",
  expert: "optional",
};

const ANSWER: Record<ResponseAnswer, CalendarAnswer> = { attend: "attend", decline: "decline", deputy: "delegated" };

/**
 * `forumName` is the CN of a forum mailbox, in the reader's language.
 * @example organizerOf(forum, "Johtoryhmä", convener, { uidDomain: "y.fi" }) // { email: "noreply@y.fi", sentBy: "convener@…", … }
 */
export function organizerOf(forum: Pick<ForumRow, "mailbox">, forumName: string, convener: Contact | undefined, settings: CalendarSettings): CalendarOrganizer {
  const sentBy = convener?.email ?? undefined;
  if (forum.mailbox) return { name: forumName, email: forum.mailbox, takesReplies: true, ...(sentBy ? { sentBy } : {}) };
  if (settings.organizer) return { name: "Yhdyspinta", email: settings.organizer, takesReplies: true, ...(sentBy ? { sentBy } : {}) };
  return { name: "Yhdyspinta", email: `noreply@${settings.uidDomain}`, takesReplies: false, ...(sentBy ? { sentBy } : {}) };
}

/** The convener, else the secretary, when they have an e-mail address. */
export function convenerOf(forum: Pick<ForumRow, "convenerId" | "secretaryId">, contacts: (id: string) => Contact | undefined): Contact | undefined {
  return [forum.convenerId, forum.secretaryId].map((id) => (id ? contacts(id) : undefined)).find((p) => p?.email);
}

/**
 * Answers of many meetings in one query, by meeting id. The ids go in as one JSON parameter: the statement's text
 * stays the same for any number of meetings (compiled once), and a 1,000-event feed does not build a query of 500
 * placeholders on every fetch.
 */
export function responsesByMeeting(db: DbOrTx, meetingIds: string[]): Map<string, ResponseRow[]> {
  const result = new Map<string, ResponseRow[]>();
  if (meetingIds.length === 0) return result;
  const rows = db.all<ResponseRow>(
    sql`select meeting_id meetingId, person_id personId, answer, deputy_id deputyId, answered_at answeredAt from meeting_responses
        where meeting_id in (select value from json_each(${JSON.stringify(meetingIds)}))`,
  );
  for (const row of rows) {
    const list = result.get(row.meetingId);
    if (list) list.push(row);
    else result.set(row.meetingId, [row]);
  }
  return result;
}

/** Deputies named in answers who are not members of the forum, by id. */
export function contactsByIds(db: DbOrTx, ids: string[]): Map<string, Contact> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(inArray(people.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The attendees of one meeting and when its latest answer was given.
 * @example attendeesOf(members, [{ personId: "jasen", answer: "deputy", deputyId: "vara" }], contacts)
 */
export function attendeesOf(
  members: readonly MemberContact[],
  responses: ResponseRow[],
  contacts: (id: string) => Contact | undefined,
): { attendees: CalendarAttendee[]; answeredAt?: number } {
  const answers = new Map(responses.map((r) => [r.personId, r]));
  const byId = new Map<string, CalendarAttendee>();
  for (const m of members) {
    if (!m.person.email) continue;
    const answer = answers.get(m.personId);
    byId.set(m.personId, { name: m.person.name, email: m.person.email, role: ROLE[m.role], answer: answer ? ANSWER[answer.answer] : "none" });
  }
  for (const r of responses) {
    const principal = byId.get(r.personId);
    if (r.answer !== "deputy" || !r.deputyId || !principal) continue;
    const known = byId.get(r.deputyId);
    const contact = known ?? contacts(r.deputyId);
    if (!contact?.email) continue;
    principal.delegatedTo = contact.email;
    const deputy: CalendarAttendee = known ?? { name: contact.name, email: contact.email, role: principal.role, answer: "none" };
    deputy.role = principal.role;
    deputy.delegatedFrom = principal.email;
    byId.set(r.deputyId, deputy);
  }
  const answeredAt = responses.length ? Math.max(...responses.map((r) => r.answeredAt)) : undefined;
  return { attendees: [...byId.values()], ...(answeredAt !== undefined ? { answeredAt } : {}) };
}
