/** Requests as Slack sends them: signed with the signing secret (v0 HMAC-SHA256 of "v0:<ts>:<body>"). */
import { createHmac } from "node:crypto";

export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}

export function signatureHeaders(body: string, options: SignOptions): Record<string, string> {
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", options.secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": ts, "x-slack-signature": signature };
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export async function postSigned(url: string, body: string, contentType: string, options: SignOptions): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: "POST", body, headers: { "content-type": contentType, ...signatureHeaders(body, options) } });
  return { status: res.status, text: await res.text() };
}

/** A slash command: form-encoded, as Slack posts it. */
export function postCommand(url: string, fields: Record<string, string>, options: SignOptions) {
  return postSigned(url, formBody(fields), "application/x-www-form-urlencoded", options);
}

/** Interactivity: form-encoded with one `payload` field holding JSON. */
export function postInteraction(url: string, payload: unknown, options: SignOptions) {
  return postSigned(url, formBody({ payload: JSON.stringify(payload) }), "application/x-www-form-urlencoded", options);
}

/** Events API: JSON. */
export function postEvent(url: string, event: unknown, options: SignOptions) {
  return postSigned(url, JSON.stringify(event), "application/json", options);
}
