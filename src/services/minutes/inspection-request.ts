/**
 * The request to inspect the minutes, one per inspector in their language, queued in the transaction that sends
 * the minutes for inspection (issue 14 §1). The minutes files are attached when each request is sent (a DOCX is
 * rendered asynchronously, which a SQLite transaction cannot wait for), so they show the minutes as they are then.
 */
import type { DbOrTx } from "../../../db/connection.js";
import { reply } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import { formatDate } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { localeOfPerson, queuePersonNotice } from "../broadcast.js";
import { decisionsOfMeeting } from "../decisions/queries.js";
import type { ForumRow } from "../forums.js";
import type { MeetingRow } from "../meetings.js";
import { findRegion } from "../regions.js";

/** Queues the request to each inspector; the key holds the moment of sending, so a later round asks again. */
export function queueInspectionRequests(tx: DbOrTx, meeting: MeetingRow, forum: ForumRow, inspectorIds: string[], now: number): void {
  const regionLocale = findRegion(tx)?.defaultLocale;
  const count = decisionsOfMeeting(tx, meeting.id).length;
  const notice = {
    kind: "inspection_request" as const,
    key: `inspection:${meeting.id}@${now}`,
    subject: `meeting:${meeting.id}`,
    meetingId: meeting.id,
    forumId: forum.id,
    now,
    attach: "minutes" as const,
  };
  for (const personId of inspectorIds) {
    const locale = localeOfPerson(tx, personId, regionLocale);
    const text = t(locale, "minutes.notify", {
      forum: localized(forum.names, locale),
      date: formatDate(meeting.startsAt, locale, meeting.zone),
      meeting: meeting.id,
      count,
    });
    const approve = {
      kind: "button" as const,
      label: t(locale, "minutes.approveButton"),
      command: `minutes approve ${meeting.id}`,
      style: "primary" as const,
      settles: true,
    };
    queuePersonNotice(
      tx,
      notice,
      personId,
      reply(
        [
          { kind: "text", text },
          { kind: "actions", actions: [approve] },
        ],
        { summary: text },
      ),
    );
  }
}
