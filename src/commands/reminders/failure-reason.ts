/**
 * Why a message failed, in the reader's language (`reminders upcoming` for admins): the outbox stores a technical
 * reason; the known ones get a sentence, a platform's own error code (`channel_not_found`, `http 503`) is quoted.
 */
import type { Translate } from "../../i18n/catalog.js";

export function failureReason(t: Translate, lastError: string | null): string {
  if (!lastError) return "—";
  if (lastError.startsWith("stale")) return t("reminders.reason.stale");
  const disabled = /^target disabled: (.*)$/s.exec(lastError);
  if (disabled) return t("reminders.reason.targetDisabled", { error: disabled[1]! });
  const off = /^platform (\w+) is not on$/.exec(lastError);
  if (off) return t("reminders.reason.platformOff", { platform: off[1]! });
  if (lastError.startsWith("payload of kind")) return t("reminders.reason.badPayload");
  return t("reminders.reason.platform", { error: lastError });
}
