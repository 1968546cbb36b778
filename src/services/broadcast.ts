/**
 * Immediate posts from the core to a forum's bound channels and to people's direct messages, through each platform's
 * Notifier. A target the platform calls terminal (bot removed, channel archived) is disabled once, logged, and the
 * forum's secretary is told once. Scheduled, rate-limited sending is the reminders outbox (src/scheduler).
 */
import { and, eq, isNull } from "drizzle-orm";
import { channelBindings, personIdentities } from "../../db/schema/index.js";
import type { CoreDeps } from "../context.js";
import type { Platform } from "../conversation/input.js";
import { reply, type Reply } from "../conversation/reply.js";
import { t } from "../i18n/catalog.js";
import { isLocale } from "../i18n/locale.js";
import { change } from "./audit.js";
import { findPerson, forumById } from "./region.js";

export interface BroadcastResult {
  delivered: number;
  failed: number;
}

/** Posts to every enabled channel bound to the forum; returns how many got it. */
export async function postToForum(deps: CoreDeps, forumId: number, message: Reply): Promise<BroadcastResult> {
  const bindings = deps.db
    .select()
    .from(channelBindings)
    .where(and(eq(channelBindings.forumId, forumId), isNull(channelBindings.disabledAt)))
    .all();
  const result: BroadcastResult = { delivered: 0, failed: 0 };
  for (const binding of bindings) {
    const notifier = deps.notifiers.get(binding.platform as Platform);
    if (!notifier) continue;
    const sent = await notifier.send({ platform: notifier.platform, kind: "channel", ref: binding.channelRef }, message);
    if (sent.ok) result.delivered++;
    else {
      result.failed++;
      if (sent.terminal) await disableBinding(deps, binding.id, forumId, sent.error);
      else deps.log.warn({ forumId, channel: binding.channelRef, error: sent.error }, "channel post failed");
    }
  }
  return result;
}

/** Sends a direct message on the first platform where the person is linked and the platform is on. */
export async function notifyPerson(deps: CoreDeps, personId: string, message: Reply): Promise<boolean> {
  const identities = deps.db.select().from(personIdentities).where(eq(personIdentities.personId, personId)).all();
  for (const identity of identities) {
    const notifier = deps.notifiers.get(identity.platform as Platform);
    if (!notifier) continue;
    const sent = await notifier.send({ platform: notifier.platform, kind: "person", ref: identity.externalId }, message);
    if (sent.ok) return true;
    deps.log.warn({ personId, platform: identity.platform, error: sent.error }, "direct message failed");
  }
  return false;
}

/** Disables a channel binding the platform called terminal, once, and tells the forum's secretary (also used by reminders). */
export async function disableBinding(deps: CoreDeps, bindingId: number, forumId: number, error: string): Promise<void> {
  const now = deps.clock.now();
  const binding = deps.db.select().from(channelBindings).where(eq(channelBindings.id, bindingId)).get();
  if (!binding || binding.disabledAt !== null) return;
  change(deps.db, "system", now, (tx, audit) => {
    tx.update(channelBindings).set({ disabledAt: now, disabledReason: error }).where(eq(channelBindings.id, bindingId)).run();
    audit({ action: "channel.disable", entity: "channel", entityId: `${binding.platform}:${binding.channelRef}`, after: { error } });
  });
  deps.log.warn({ forumId, platform: binding.platform, channel: binding.channelRef, error }, "channel disabled: the platform says it cannot be reached");
  const forum = forumById(deps.db, forumId);
  const secretary = forum?.secretaryId ? findPerson(deps.db, forum.secretaryId) : undefined;
  if (!forum || !secretary) return;
  const locale = isLocale(secretary.locale) ? secretary.locale : "fi";
  await notifyPerson(
    deps,
    secretary.id,
    reply([{ kind: "text", text: t(locale, "broadcast.disabled", { channel: binding.channelRef, platform: binding.platform, code: forum.code, error }) }]),
  );
}
