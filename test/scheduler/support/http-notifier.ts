/**
 * A tiny Notifier that posts each message as JSON to a loopback fake platform over HTTP (keep-alive): 200 is
 * delivered, 429 with Retry-After is "wait", 410 is terminal. Used by the crash test's child process and the bench.
 */
import { Agent, request } from "node:http";
import type { Platform } from "../../../src/conversation/input.js";
import type { Notifier, SendResult, Target } from "../../../src/conversation/notifier.js";
import type { Reply } from "../../../src/conversation/reply.js";

export class HttpNotifier implements Notifier {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(
    readonly platform: Platform,
    baseUrl: string,
  ) {
    this.url = new URL("/post", baseUrl);
  }

  send(target: Target, message: Reply): Promise<SendResult> {
    const files = message.attachments?.map((a) => ({ filename: a.filename, bytes: Buffer.byteLength(a.content) }));
    const body = JSON.stringify({ ref: target.ref, kind: target.kind, summary: message.summary ?? "", blocks: message.blocks, files });
    return new Promise((resolve) => {
      const req = request(
        this.url,
        { method: "POST", agent: this.agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () => {
            if (res.statusCode === 200) resolve({ ok: true });
            else if (res.statusCode === 429)
              resolve({ ok: false, terminal: false, error: "ratelimited", retryAfterMs: Number(res.headers["retry-after"] ?? 1) * 1000 });
            else resolve({ ok: false, terminal: res.statusCode === 410, error: `http ${res.statusCode}` });
          });
        },
      );
      req.setNoDelay(true);
      req.on("error", (error) => resolve({ ok: false, terminal: false, error: error.message }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
