/** Tells a proposer, in their own language, what happened to their item (accepted, rejected, moved, merged). */
import type { Context } from "../../context.js";
import { textReply } from "../../conversation/reply.js";
import { t, type MessageKey, type Params } from "../../i18n/catalog.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { notifyPerson } from "../broadcast.js";
import { findPerson } from "../region.js";
import type { AgendaItemRow } from "./items.js";

export type ProposerNews = "agenda.notify.accepted" | "agenda.notify.rejected" | "agenda.notify.moved" | "agenda.notify.merged";

/** Sends nothing when the proposer did it themselves or there is no proposer (standing items). */
export async function tellProposer(ctx: Context, item: AgendaItemRow, key: ProposerNews & MessageKey, params: Params): Promise<boolean> {
  if (!item.proposerId || item.proposerId === ctx.person?.id) return false;
  const person = findPerson(ctx.db, item.proposerId);
  if (!person) return false;
  const locale: Locale = isLocale(person.locale) ? person.locale : isLocale(ctx.region.defaultLocale) ? ctx.region.defaultLocale : "fi";
  return notifyPerson(ctx, person.id, textReply(t(locale, key, { title: item.title, number: item.number, ...params })));
}
