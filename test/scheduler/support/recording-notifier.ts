/** An in-memory Notifier that records what it was asked to send; `failNext` scripts platform answers (429, terminal). */
import type { Platform } from "../../../src/conversation/input.js";
import type { Notifier, SendResult, Target } from "../../../src/conversation/notifier.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { renderReplyText } from "../../../src/conversation/render-text.js";

export interface Sent {
  target: Target;
  message: Reply;
  text: string;
}

export class RecordingNotifier implements Notifier {
  readonly sent: Sent[] = [];
  private answers: ((target: Target) => SendResult | undefined)[] = [];
  readonly broken = new Set<string>();

  constructor(readonly platform: Platform = "slack") {}

  /** The next send gets this answer instead of being delivered. */
  answerNext(result: SendResult): void {
    this.answers.push(() => result);
  }

  /** Every send to `ref` is answered terminal (channel archived, bot removed). */
  breakTarget(ref: string): void {
    this.broken.add(ref);
  }

  async send(target: Target, message: Reply): Promise<SendResult> {
    if (this.broken.has(target.ref)) return { ok: false, terminal: true, error: "channel_archived" };
    const scripted = this.answers.shift()?.(target);
    if (scripted) return scripted;
    this.sent.push({ target, message, text: renderReplyText(message) });
    return { ok: true, messageRef: String(this.sent.length) };
  }

  to(ref: string): Sent[] {
    return this.sent.filter((s) => s.target.ref === ref);
  }
}
