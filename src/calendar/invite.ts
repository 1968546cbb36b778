// PLACEHOLDER owned by the iCal engineer (issue 7): builds the .ics invite (METHOD:REQUEST / METHOD:CANCEL) of a
// meeting as an attachment with a download URL. Returns undefined until implemented; callers attach it when defined.
import type { Db } from "../../db/connection.js";
import type { Attachment } from "../conversation/reply.js";
import type { Locale } from "../i18n/locale.js";
import type { MeetingRow } from "../services/meetings.js";

export interface InviteOptions {
  publicUrl: string;
  locale: Locale;
  now: number;
}

export function inviteAttachment(_db: Db, _meeting: MeetingRow, _method: "REQUEST" | "CANCEL", _options: InviteOptions): Attachment | undefined {
  return undefined;
}
