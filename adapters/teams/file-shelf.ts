/**
 * Files a Teams reply offers, kept a short while behind unguessable tokens. A bot cannot upload into a channel
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4), so a channel gets one download
 * link, `GET /teams/files/<token>/<name>` on our server; a personal chat gets a file-consent card whose accept
 * brings the same token back. Memory-bound: entries expire after `ttlMs` and the oldest go first past `maxBytes`.
 */
import { randomBytes } from "node:crypto";
import type { Express } from "express";
import type { Clock } from "../../src/clock.js";
import type { Attachment } from "../../src/conversation/reply.js";

export const FILES_PATH = "/teams/files";

export interface FileShelfOptions {
  publicUrl: string;
  clock: Clock;
  /** How long a link or a consent card stays good. */
  ttlMs?: number;
  /** Total bytes kept; the oldest files are dropped first. */
  maxBytes?: number;
}

export interface FileShelf {
  /** Keeps the file and returns its token. */
  put(file: Attachment): string;
  /** The file behind a token, while it is still kept. */
  get(token: string): Attachment | undefined;
  /** Forgets the file behind a token (the person declined it). */
  drop(token: string): void;
  /** The download link of a token. */
  urlOf(token: string, file: Attachment): string;
  mount(http: Express): void;
}

interface Entry {
  file: Attachment;
  bytes: number;
  expiresAt: number;
}

const sizeOf = (file: Attachment) => (typeof file.content === "string" ? Buffer.byteLength(file.content, "utf8") : file.content.byteLength);

export function createFileShelf(options: FileShelfOptions): FileShelf {
  const ttl = options.ttlMs ?? 60 * 60_000;
  const max = options.maxBytes ?? 50 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let total = 0;

  function drop(token: string): void {
    const entry = entries.get(token);
    if (!entry) return;
    total -= entry.bytes;
    entries.delete(token);
  }

  function prune(now: number): void {
    for (const [token, entry] of entries) if (entry.expiresAt <= now) drop(token);
    while (total > max && entries.size > 1) drop(entries.keys().next().value!);
  }

  function get(token: string): Attachment | undefined {
    const entry = entries.get(token);
    if (!entry || entry.expiresAt <= options.clock.now()) return undefined;
    return entry.file;
  }

  return {
    put(file) {
      const now = options.clock.now();
      const token = randomBytes(18).toString("base64url");
      const bytes = sizeOf(file);
      entries.set(token, { file, bytes, expiresAt: now + ttl });
      total += bytes;
      prune(now);
      return token;
    },
    get,
    drop,
    urlOf: (token, file) => `${options.publicUrl.replace(/\/$/, "")}${FILES_PATH}/${token}/${encodeURIComponent(file.filename)}`,
    mount(http) {
      http.get(`${FILES_PATH}/:token/:name`, (req, res) => {
        const file = get(req.params.token);
        if (!file) return void res.status(404).type("text/plain; charset=utf-8").send("This link has expired; run the command again.\n");
        res.set("Content-Type", file.contentType);
        res.set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
        res.set("Cache-Control", "private, no-store");
        res.set("X-Content-Type-Options", "nosniff");
        res.send(typeof file.content === "string" ? file.content : Buffer.from(file.content));
      });
    },
  };
}
