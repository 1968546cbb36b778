/** Editing the attendance and the legality/quorum note of minutes that are not yet approved. */
import { eq } from "drizzle-orm";
import { minutes, type Attendee, type AttendeeRole } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { requireRecordable } from "../record/lifecycle.js";
import { actorOf, type UseCase } from "../use-case.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import type { PersonRow } from "../people.js";
import { ensureMinutes, type MinutesRow } from "./open.js";
import { requireFits } from "../text-limits.js";

/** Role words people type, in three languages. */
const ROLE_WORDS: Record<string, AttendeeRole> = {
  chair: "chair",
  pj: "chair",
  puheenjohtaja: "chair",
  ordf: "chair",
  ordförande: "chair",
  secretary: "secretary",
  sihteeri: "secretary",
  sekreterare: "secretary",
  member: "member",
  jäsen: "member",
  jasen: "member",
  medlem: "member",
  deputy: "deputy",
  varajäsen: "deputy",
  ersättare: "deputy",
  expert: "expert",
  asiantuntija: "expert",
  sakkunnig: "expert",
  other: "other",
  muu: "other",
  övrig: "other",
};

export function parseAttendeeRole(word: string | undefined): AttendeeRole | undefined {
  return word ? ROLE_WORDS[word.toLowerCase()] : undefined;
}

/** Attendance exists only once the meeting has started; only the secretary, convener or an admin edits it. */
function update(
  uc: UseCase,
  meeting: MeetingRow,
  forum: ForumRow,
  edit: (attendees: Attendee[], row: MinutesRow) => Partial<typeof minutes.$inferInsert>,
): void {
  requireCapability(uc, "finish_minutes", forum);
  requireRecordable(uc, meeting);
  const now = uc.now;
  change(uc.db, actorOf(uc), now, (tx, audit) => {
    const row = ensureMinutes(tx, meeting, forum, now);
    if (row.state === "approved") throw new UserError("minutes.alreadyApproved", { meeting: meeting.id });
    const set = edit(
      row.attendees.map((a) => ({ ...a })),
      row,
    );
    // Any edit of the attendance is the secretary recording it: from now on the quorum is computed from it.
    tx.update(minutes)
      .set({ ...set, attendanceRecordedAt: row.attendanceRecordedAt ?? now, updatedAt: now })
      .where(eq(minutes.meetingId, meeting.id))
      .run();
    audit({ action: "minutes.edit", entity: "minutes", entityId: meeting.id, before: row, after: set });
  });
}

/** `forPerson`: with role deputy, the member whose seat the deputy takes (they count for that member). */
export function markPresent(uc: UseCase, meeting: MeetingRow, forum: ForumRow, person: PersonRow, role: AttendeeRole, forPerson?: PersonRow): void {
  update(uc, meeting, forum, (attendees) => {
    const seat = role === "deputy" ? forPerson?.id : undefined;
    const rest = attendees.filter((a) => a.personId !== person.id && (!seat || a.forPersonId !== seat));
    rest.push({ personId: person.id, name: person.name, role, ...(person.partyId ? { partyId: person.partyId } : {}), ...(seat ? { forPersonId: seat } : {}) });
    return {
      attendees: rest,
      ...(role === "chair" ? { chairId: person.id } : {}),
      ...(role === "secretary" ? { secretaryId: person.id } : {}),
    };
  });
}

export function markAbsent(uc: UseCase, meeting: MeetingRow, forum: ForumRow, person: PersonRow): void {
  update(uc, meeting, forum, (attendees, row) => ({
    attendees: attendees.filter((a) => a.personId !== person.id),
    ...(row.chairId === person.id ? { chairId: null } : {}),
    ...(row.secretaryId === person.id ? { secretaryId: null } : {}),
  }));
}

export function setLegalityNote(uc: UseCase, meeting: MeetingRow, forum: ForumRow, note: string): void {
  requireFits(uc.locale, "note", note);
  update(uc, meeting, forum, () => ({ legalityNote: note }));
}

/** Confirms the pre-filled attendance as recorded, unchanged (`minutes attendance <MEETING>`). */
export function confirmAttendance(uc: UseCase, meeting: MeetingRow, forum: ForumRow): void {
  update(uc, meeting, forum, () => ({}));
}

/** The meeting's actual opening and closing times, as the minutes state them. */
export function setMeetingTimes(uc: UseCase, meeting: MeetingRow, forum: ForumRow, openedAt: number, closedAt: number): void {
  if (closedAt <= openedAt) throw new UserError("calendar.error.endBeforeStart", {});
  update(uc, meeting, forum, () => ({ openedAt, closedAt }));
}

/** The local date (yyyy-MM-dd) the minutes are on public view. */
export function setPublicNotice(uc: UseCase, meeting: MeetingRow, forum: ForumRow, date: string): void {
  update(uc, meeting, forum, () => ({ publicNoticeOn: date }));
}
