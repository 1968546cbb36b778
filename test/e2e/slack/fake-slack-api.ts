/**
 * A loopback fake of the far side of Slack: the Web API (/api/<method>), response_url endpoints (/respond/<id>),
 * the file upload URL (/upload/<id>) and a Socket Mode WebSocket (/socket). It records every call (when it
 * answers it) and can answer a method with a 429 (Retry-After) once, answer a method slowly, refuse a trigger_id
 * as expired, or make a channel fail with a terminal error. Like the real Web API it refuses every message or view
 * outside Slack's published limits (test/support/slack-limits.ts) with Slack's error shape: `invalid_blocks` for
 * messages, `invalid_arguments` for views, HTTP 400 `invalid_blocks` on a response_url; each refusal is kept in
 * `refusals` so a suite can fail on it.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { checkMessage, checkView } from "../../support/slack-limits.js";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  /** Whether the fake answered ok: true. */
  ok: boolean;
}

export interface Posted {
  path: string;
  body: Record<string, unknown>;
}

/** A payload the fake refused because it broke one of Slack's limits. */
export interface Refusal {
  /** The Web API method, or `response_url`. */
  method: string;
  errors: string[];
}

export interface FakeUser {
  locale?: string;
  email?: string;
}

export interface FakeSlack {
  apiUrl: string;
  baseUrl: string;
  calls: ApiCall[];
  responses: Posted[];
  uploads: { path: string; bytes: Buffer }[];
  users: Map<string, FakeUser>;
  /** Every payload refused for breaking a limit since the last reset (a bug in our renderers when not empty). */
  refusals: Refusal[];
  callsOf(method: string): ApiCall[];
  responseUrl(id: string): string;
  /** Resolves when the response_url with this id is posted to (no polling: for the bench). */
  nextResponse(id: string): Promise<Posted>;
  rateLimitNext(method: string, seconds: number): void;
  breakChannel(channel: string, error: string): void;
  /** Every call of `method` is answered `ms` later (until reset). */
  slow(method: string, ms: number): void;
  /** views.open with this trigger_id answers expired_trigger_id, as Slack does 3 s after the click. */
  expireTrigger(triggerId: string): void;
  /** Sends a Socket Mode envelope to the connected client and resolves with its acknowledgement. */
  sendEnvelope(envelope: Record<string, unknown>): Promise<Record<string, unknown>>;
  socketConnected(): Promise<void>;
  /** Hosts a file a person shared; its url_private_download answers only with a bot token (as Slack does). */
  hostFile(name: string, bytes: Buffer | string): string;
  /** Every download of a hosted file, with the token it came with. */
  downloads: { path: string; token: string | undefined }[];
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseArgs(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes("json")) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: Posted[] = [];
  const uploads: { path: string; bytes: Buffer }[] = [];
  const users = new Map<string, FakeUser>();
  const refusals: Refusal[] = [];
  const rateLimits = new Map<string, number>();
  const broken = new Map<string, string>();
  const delays = new Map<string, number>();
  const expired = new Set<string>();
  const waiters = new Map<string, (posted: Posted) => void>();
  const files = new Map<string, Buffer>();
  const downloads: { path: string; token: string | undefined }[] = [];
  let baseUrl = "";
  let ts = 1000;

  /** Slack's refusal of a payload outside its limits, or undefined when the payload is fine. */
  function refuse(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined {
    const isView = method.startsWith("views.") && args.view !== undefined;
    const isMessage = /^chat\.(postMessage|postEphemeral|update|scheduleMessage)$/.test(method);
    const errors = isView ? checkView(args.view as Record<string, unknown>) : isMessage ? checkMessage(args) : [];
    if (errors.length === 0) return undefined;
    refusals.push({ method, errors });
    if (isView) return { ok: false, error: "invalid_arguments", response_metadata: { messages: errors } };
    return { ok: false, error: "invalid_blocks", errors, response_metadata: { messages: errors } };
  }

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const refused = refuse(method, args);
    if (refused) return refused;
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0001", user: "yhdyspinta" };
      case "users.info": {
        const user = users.get(String(args.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return { ok: true, user: { id: args.user, locale: user.locale, profile: { email: user.email } } };
      }
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case "chat.postMessage": {
        const error = broken.get(String(args.channel));
        return error ? { ok: false, error } : { ok: true, channel: args.channel, ts: `${ts++}.000100` };
      }
      case "views.open":
        if (expired.has(String(args.trigger_id))) return { ok: false, error: "expired_trigger_id" };
        return { ok: true, view: { id: "V0001" } };
      case "views.publish":
      case "views.update":
        return { ok: true, view: { id: "V0001" } };
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${baseUrl}/upload/F0001`, file_id: "F0001" };
      case "files.completeUploadExternal": {
        const error = broken.get(String(args.channel_id));
        return error ? { ok: false, error } : { ok: true, files: [{ id: "F0001", title: "file" }] };
      }
      case "apps.connections.open":
        return { ok: true, url: `${baseUrl.replace("http", "ws")}/socket` };
      default:
        return { ok: true };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? "/";
    if (path.startsWith("/api/")) {
      const method = path.slice(5).split("?")[0]!;
      const args = parseArgs(body.toString("utf8"), req.headers["content-type"]);
      const token = req.headers.authorization?.replace(/^Bearer /, "");
      const wait = rateLimits.get(method);
      if (wait !== undefined) {
        rateLimits.delete(method);
        res.writeHead(429, { "retry-after": String(wait), "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      const pause = delays.get(method);
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
      const result = answer(method, args);
      calls.push({ method, args, token, ok: result.ok === true });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(result));
      return;
    }
    if (path.startsWith("/files-pri/")) {
      const token = req.headers.authorization?.replace(/^Bearer /, "");
      downloads.push({ path, token });
      const bytes = files.get(path);
      // Without a bot token Slack answers a file URL with its sign-in page, never the file.
      if (!token?.startsWith("xoxb-") || !bytes) {
        res.writeHead(token ? 404 : 302, token ? {} : { location: `${baseUrl}/signin` });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(bytes.length) });
      res.end(bytes);
      return;
    }
    if (path.startsWith("/upload/")) uploads.push({ path, bytes: body });
    else {
      const posted = { path, body: parseArgs(body.toString("utf8"), req.headers["content-type"] ?? "application/json") };
      const errors = checkMessage(posted.body);
      if (errors.length) {
        // A response_url answers a payload it cannot show with HTTP 400 and a bare error code.
        refusals.push({ method: "response_url", errors });
        res.writeHead(400, { "content-type": "text/plain" });
        res.end("invalid_blocks");
        return;
      }
      responses.push(posted);
      const id = path.split("/").pop()!;
      waiters.get(id)?.(posted);
      waiters.delete(id);
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const wss = new WebSocketServer({ server, path: "/socket" });
  let socket: WebSocket | undefined;
  let connected: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  wss.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message as Record<string, unknown>);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0001" } }));
    connected?.();
  });

  return {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    calls,
    responses,
    uploads,
    users,
    refusals,
    callsOf: (method) => calls.filter((c) => c.method === method),
    responseUrl: (id) => `${baseUrl}/respond/${id}`,
    nextResponse: (id) => new Promise((resolve) => waiters.set(id, resolve)),
    rateLimitNext: (method, seconds) => rateLimits.set(method, seconds),
    breakChannel: (channel, error) => broken.set(channel, error),
    slow: (method, ms) => delays.set(method, ms),
    expireTrigger: (triggerId) => expired.add(triggerId),
    socketConnected: () => ready,
    downloads,
    hostFile(name, bytes) {
      const path = `/files-pri/T0001-F${files.size + 1}/download/${encodeURIComponent(name)}`;
      files.set(path, Buffer.from(bytes));
      return `${baseUrl}${path}`;
    },
    sendEnvelope(envelope) {
      return new Promise((resolve, reject) => {
        if (!socket) return reject(new Error("no Socket Mode client connected"));
        acks.set(String(envelope.envelope_id), resolve);
        socket.send(JSON.stringify(envelope));
      });
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      uploads.length = 0;
      downloads.length = 0;
      refusals.length = 0;
      rateLimits.clear();
      broken.clear();
      delays.clear();
      expired.clear();
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `check` returns a value (the adapter answers after ack, asynchronously). */
export async function waitFor<T>(check: () => T | undefined | false, what = "condition", timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
