/**
 * Tells a proposer, in their own language, what happened to their item (accepted, rejected, moved, merged), by a
 * notice in the outbox (issue 14 §1). Pass the change's transaction when there is one.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Context } from "../../context.js";
import { textReply } from "../../conversation/reply.js";
import { t, type MessageKey, type Params } from "../../i18n/catalog.js";
import { localeOfPerson, queuePersonNotice } from "../broadcast.js";
import { findPerson } from "../people.js";
import type { AgendaItemRow } from "./items.js";

export type ProposerNews = "agenda.notify.accepted" | "agenda.notify.rejected" | "agenda.notify.moved" | "agenda.notify.merged";

/** Queues nothing when the proposer did it themselves or there is no proposer (standing items). */
export function tellProposer(ctx: Context, item: AgendaItemRow, key: ProposerNews & MessageKey, params: Params, db: DbOrTx = ctx.db): boolean {
  if (!item.proposerId || item.proposerId === ctx.person?.id) return false;
  const person = findPerson(db, item.proposerId);
  if (!person) return false;
  const locale = localeOfPerson(db, person.id, ctx.region.defaultLocale);
  const notice = {
    kind: "proposer_notice" as const,
    key: `proposer:${item.id}:${key.split(".").pop()}@${ctx.now}`,
    subject: `meeting:${item.meetingId}`,
    meetingId: item.meetingId,
    now: ctx.now,
  };
  return queuePersonNotice(db, notice, person.id, textReply(t(locale, key, { title: item.title, number: item.number, ...params }))) > 0;
}
