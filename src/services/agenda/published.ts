/**
 * The published agenda of a meeting: its latest frozen version. Used by the meeting page and feed description
 * (iCal), the decisions capability (items) and `agenda <MEETING>` for members.
 */
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaVersions, type FrozenAgendaItem } from "../../../db/schema/index.js";
import type { Locale } from "../../i18n/locale.js";
import { standingTitle } from "./standing.js";

export type AgendaVersionRow = typeof agendaVersions.$inferSelect;

export interface PublishedAgendaItem {
  number: number;
  title: string;
  preparer?: string;
  proposal?: string;
}

export interface PublishedAgenda {
  version: number;
  publishedAt: number;
  items: PublishedAgendaItem[];
}

export function latestVersion(db: DbOrTx, meetingId: string): AgendaVersionRow | undefined {
  return db.select().from(agendaVersions).where(eq(agendaVersions.meetingId, meetingId)).orderBy(desc(agendaVersions.version)).limit(1).get();
}

export function agendaVersion(db: DbOrTx, meetingId: string, version: number): AgendaVersionRow | undefined {
  return db
    .select()
    .from(agendaVersions)
    .where(and(eq(agendaVersions.meetingId, meetingId), eq(agendaVersions.version, version)))
    .get();
}

/** Title of a frozen item in a reader's language (standing items are translated; others are as written). */
export function frozenTitle(item: FrozenAgendaItem, locale?: Locale): string {
  return item.standingKey && locale ? standingTitle(item.standingKey, locale) : item.title;
}

/**
 * The latest published version of the meeting's agenda, or undefined when it has not been published.
 * `locale` translates standing items (opening, quorum…); without it they keep the region's default language.
 * @example publishedAgenda(db, "JOHTO-2027-2", "sv")?.items[0] // { number: 1, title: "Mötets öppnande" }
 */
export function publishedAgenda(db: DbOrTx, meetingId: string, locale?: Locale): PublishedAgenda | undefined {
  const row = latestVersion(db, meetingId.toUpperCase());
  if (!row) return undefined;
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    items: row.content.items.map((item) => ({
      number: item.number,
      title: frozenTitle(item, locale),
      ...(item.preparer ? { preparer: item.preparer } : {}),
      ...(item.proposal ? { proposal: item.proposal } : {}),
    })),
  };
}
