/** The console's Notifier: proactive messages are printed, tagged with their target. */
import type { Notifier, SendResult, Target } from "../../src/conversation/notifier.js";
import type { Reply } from "../../src/conversation/reply.js";
import { renderReplyText } from "../../src/conversation/render-text.js";

export function createConsoleNotifier(write: (text: string) => void): Notifier {
  return {
    platform: "console",
    async send(target: Target, message: Reply): Promise<SendResult> {
      write(`\n[→ ${target.kind} ${target.ref}]\n${renderReplyText(message)}\n`);
      return { ok: true };
    },
  };
}
