/**
 * Writes the files a reply carries (an exported agenda, an .ics invite, minutes) into the export folder
 * (EXPORT_DIR, default ./data/exports) for the console and `yhdyspinta say`, where a chat upload has no place, and
 * returns the paths written. An existing file of the same name gets a counter, never overwritten.
 * @example saveAttachments("./data/exports", reply.attachments) // ["data/exports/JOHTO-2026-1-esityslista-v1.md"]
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import type { Attachment } from "../conversation/reply.js";

/** A file name that cannot leave the folder or hide: no directories, no leading dots, no control characters. */
export function safeFileName(name: string): string {
  const clean = basename(name.replace(/\\/g, "/"))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "_")
    .replace(/^\.+/, "");
  return clean || "file";
}

function freePath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let path = join(dir, name);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${stem}-${n}${ext}`);
  return path;
}

/** A path as people read it: relative inside the working directory (data/exports/…), else absolute. */
function shown(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : absolute;
}

export function saveAttachments(dir: string, attachments: Attachment[] | undefined): string[] {
  if (!attachments?.length) return [];
  mkdirSync(dir, { recursive: true });
  return attachments.map((file) => {
    const path = freePath(dir, safeFileName(file.filename));
    writeFileSync(path, typeof file.content === "string" ? file.content : Buffer.from(file.content));
    return shown(path);
  });
}
