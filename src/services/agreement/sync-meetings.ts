/**
 * Import, part 4: meetings written in the file, upserted by their readable id (local times in the region's zone).
 * Meetings not in the file are kept: the file may list none while the calendar holds many.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { forums, meetings } from "../../../db/schema/index.js";
import type { Audit } from "../audit.js";
import { emitMeetingChange } from "../meeting-events.js";
import { findMeeting, newPageKey, updateMeeting } from "../meetings.js";
import type { AgreementFile } from "./file-schema.js";
import { auditSync } from "./sync-audit.js";
import { parseMeetingId } from "../../domain/meeting-id.js";
import { localDateTime } from "./value-checks.js";

export function syncMeetings(tx: Tx, file: AgreementFile, audit: Audit, actor: string, now: number): void {
  const zone = file.region.time_zone;
  for (const m of file.meetings ?? []) {
    const forum = tx
      .select()
      .from(forums)
      .where(and(eq(forums.regionId, file.region.id), eq(forums.code, m.forum)))
      .get();
    const start = localDateTime(m.start, zone);
    const end = localDateTime(m.end, zone);
    if (!forum || !start || !end) throw new Error(`meeting ${m.id} was not validated`);
    const values = {
      forumId: forum.id,
      startsAt: start.toMillis(),
      endsAt: end.toMillis(),
      place: m.place ?? null,
      onlineUrl: m.online_url ?? null,
      status: m.status,
    };
    const current = findMeeting(tx, m.id);
    if (!current) {
      // Numbered by its id (a meeting moved over New Year keeps the year it was numbered in).
      const { year, number } = parseMeetingId(m.id)!;
      const meeting = tx
        .insert(meetings)
        .values({ id: m.id, year, number, zone, ...values, pageKey: newPageKey(), minutesKey: newPageKey(), createdAt: now, updatedAt: now })
        .returning()
        .get();
      emitMeetingChange(tx, { kind: "scheduled", meeting, actor, now });
      auditSync(audit, { entity: "meeting", entityId: m.id }, undefined, values);
      continue;
    }
    if (!auditSync(audit, { entity: "meeting", entityId: m.id }, current, values)) continue;
    const { forumId: _sameForumAsTheIdSays, ...patch } = values;
    const kind =
      patch.status === "cancelled" && current.status !== "cancelled"
        ? "cancelled"
        : patch.startsAt !== current.startsAt || patch.endsAt !== current.endsAt
          ? "moved"
          : "updated";
    updateMeeting(tx, current, patch, kind, actor, now);
  }
}
