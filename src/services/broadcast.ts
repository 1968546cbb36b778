/**
 * Messages to a forum's bound channels and to people's direct messages, queued in the outbox (issue 14 §1): the
 * caller passes its transaction, so the messages exist exactly when the change does, and the scheduler sends them
 * (paced, retried, nothing lost). A channel the platform calls terminal is disabled once, and the forum's secretary
 * gets a notice about it through the outbox too.
 */
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/connection.js";
import { channelBindings } from "../../db/schema/index.js";
import type { CoreDeps } from "../context.js";
import { reply, type Reply } from "../conversation/reply.js";
import { t } from "../i18n/catalog.js";
import { isLocale, type Locale } from "../i18n/locale.js";
import { change } from "./audit.js";
import { findPerson } from "./people.js";
import { forumById } from "./forums.js";
import { queueNotice, type MessageNotice } from "./reminders/notices.js";
import { channelRecipients, personRecipient } from "./reminders/recipients.js";

/** Queues the message to every enabled channel bound to the forum; returns how many channels will get it. */
export function queueForumPost(db: DbOrTx, notice: MessageNotice & { forumId: number }, message: Reply): number {
  return queueNotice(
    db,
    notice,
    channelRecipients(db, notice.forumId).map((to) => ({ to, message })),
  );
}

/** Queues a direct message to one person (the platform is chosen at send time, where they are linked). */
export function queuePersonNotice(db: DbOrTx, notice: MessageNotice, personId: string, message: Reply): number {
  return queueNotice(db, notice, [{ to: personRecipient(personId), message }]);
}

/** The person's language, else the region's, else Finnish. */
export function localeOfPerson(db: DbOrTx, personId: string, regionLocale: string | null | undefined): Locale {
  const person = findPerson(db, personId);
  return isLocale(person?.locale) ? person.locale : isLocale(regionLocale) ? regionLocale : "fi";
}

/** Disables a channel binding the platform called terminal, once, and queues a notice to the forum's secretary. */
export function disableBinding(deps: Pick<CoreDeps, "db" | "clock" | "log">, bindingId: number, forumId: number, error: string): void {
  const now = deps.clock.now();
  const db: Db = deps.db;
  const binding = db.select().from(channelBindings).where(eq(channelBindings.id, bindingId)).get();
  if (!binding || binding.disabledAt !== null) return;
  change(db, "system", now, (tx, audit) => {
    tx.update(channelBindings).set({ disabledAt: now, disabledReason: error }).where(eq(channelBindings.id, bindingId)).run();
    audit({ action: "channel.disable", entity: "channel", entityId: `${binding.platform}:${binding.channelRef}`, after: { error } });
    const forum = forumById(tx, forumId);
    const secretary = forum?.secretaryId ? findPerson(tx, forum.secretaryId) : undefined;
    if (!forum || !secretary) return;
    const locale = isLocale(secretary.locale) ? secretary.locale : "fi";
    const text = t(locale, "broadcast.disabled", { channel: binding.channelRef, platform: binding.platform, code: forum.code, error });
    queuePersonNotice(
      tx,
      { kind: "channel_disabled", key: `channel_disabled:${binding.id}@${now}`, subject: `forum:${forum.code}`, forumId, now },
      secretary.id,
      reply([{ kind: "text", text }]),
    );
  });
  deps.log.warn({ forumId, platform: binding.platform, channel: binding.channelRef, error }, "channel disabled: the platform says it cannot be reached");
}
