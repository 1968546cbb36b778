/**
 * Hook from feeds, invites and the meeting page to the agenda capability: the published agenda as short text
 * ("1. Opening\n2. …"), or undefined before publication.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Locale } from "../../i18n/locale.js";
import { publishedAgenda } from "./published.js";

export function agendaSummaryOf(db: DbOrTx, meetingId: string, locale: Locale): string | undefined {
  const agenda = publishedAgenda(db, meetingId, locale);
  if (!agenda || agenda.items.length === 0) return undefined;
  return agenda.items.map((item) => `${item.number}. ${item.title}`).join("\n");
}
