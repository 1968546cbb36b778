/**
 * An import deletes what the file no longer lists, and what hangs on it goes too; but decisions, minutes and the
 * diary numbers on decisions are official records. A file that would delete them is refused: a forum that holds
 * decisions or minutes (a renamed forum code looks just like a dropped forum), or a party whose diary numbers
 * decisions carry. Putting the forum or party back in the file keeps them.
 */
import { and, count, eq, inArray, notInArray, or } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { decisionDiaryNumbers, decisions, forums, meetings, minutes, parties } from "../../../db/schema/index.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { AgreementFile } from "./file-schema.js";
import type { LocatedMessage } from "./zod-issues.js";

/** Why this file may not be imported over this database's records; empty when it may. */
export function recordsAtRisk(db: DbOrTx, file: AgreementFile, locale: Locale): LocatedMessage[] {
  return [...droppedForums(db, file, locale), ...droppedParties(db, file, locale)];
}

function droppedForums(db: DbOrTx, file: AgreementFile, locale: Locale): LocatedMessage[] {
  const codes = file.forums.map((f) => f.code);
  const dropped = db
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, file.region.id), notInArray(forums.code, codes)))
    .all();
  return dropped.flatMap((forum) => {
    const forumMeetings = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.forumId, forum.id));
    const decided = db
      .select({ n: count() })
      .from(decisions)
      .where(or(eq(decisions.forumId, forum.id), inArray(decisions.meetingId, forumMeetings)))
      .get()!.n;
    const minuted = db
      .select({ n: count() })
      .from(minutes)
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(eq(meetings.forumId, forum.id))
      .get()!.n;
    if (decided === 0 && minuted === 0) return [];
    return [{ path: ["forums"], message: t(locale, "agreement.v.forumHasRecords", { code: forum.code, decisions: decided, minutes: minuted }) }];
  });
}

function droppedParties(db: DbOrTx, file: AgreementFile, locale: Locale): LocatedMessage[] {
  const ids = file.parties.map((p) => p.id);
  const dropped = db
    .select()
    .from(parties)
    .where(and(eq(parties.regionId, file.region.id), notInArray(parties.id, ids)))
    .all();
  return dropped.flatMap((party) => {
    const numbered = db.select({ n: count() }).from(decisionDiaryNumbers).where(eq(decisionDiaryNumbers.partyId, party.id)).get()!.n;
    if (numbered === 0) return [];
    return [{ path: ["parties"], message: t(locale, "agreement.v.partyHasRecords", { id: party.id, decisions: numbered }) }];
  });
}
