/**
 * The minutes and a party's extract of one § as a render job (./render-job.ts): read in the thread's transaction,
 * then rendered (the DOCX packs asynchronously). Loaded with the first such job.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Locale } from "../../i18n/locale.js";
import type { ForumRow } from "../forums.js";
import type { MeetingRow } from "../meetings.js";
import { buildMinutesDocument, type MinutesDoc } from "../minutes/document.js";
import { renderMinutes } from "../minutes/export.js";
import { buildExtract } from "../minutes/extract.js";
import type { MinutesFormat } from "../minutes/urls.js";
import type { PartyRow } from "../parties.js";
import { ownsBuffer } from "./render-job.js";

export interface MinutesJob {
  kind: "minutes";
  meeting: MeetingRow;
  forum: ForumRow;
  locale: Locale;
  format: MinutesFormat;
  extract?: { section: number; party: PartyRow };
}

/** Reads the minutes (or the extract) and returns their rendering: null for an extract of a § the minutes lack. */
export function readMinutesJob(db: DbOrTx, job: MinutesJob): () => Promise<string | Uint8Array | null> {
  const doc = minutesDoc(db, job);
  return async () => (doc === null ? null : ownBytes(await renderMinutes(doc, job.format)));
}

function minutesDoc(db: DbOrTx, job: MinutesJob): MinutesDoc | null {
  if (!job.extract) return buildMinutesDocument(db, job.meeting, job.forum, job.locale);
  try {
    return buildExtract(db, job.meeting, job.forum, job.extract.section, job.extract.party, job.locale);
  } catch {
    // As before the thread: no such § (or no extract to give) is the same 404 as no meeting.
    return null;
  }
}

/** The bytes in a buffer of their own, so that the thread can hand it over without copying. */
function ownBytes(body: string | Uint8Array): string | Uint8Array {
  return typeof body === "string" || ownsBuffer(body) ? body : new Uint8Array(body);
}
