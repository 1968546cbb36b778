/**
 * A file attached to a chat message (issue 20 point 3: `indicator import` with a CSV file). The adapter downloads
 * it from the platform — with its own credentials — and hands the core either the text or why it was refused;
 * the core answers in the person's language. Only CSV text up to MAX_ATTACHMENT_BYTES is read.
 */

export const MAX_ATTACHMENT_BYTES = 1_000_000;

export type AttachedFile = { name: string; text: string } | { name: string; refused: "notCsv" | "tooBig" | "unreadable" };

/** Whether a file looks like CSV by its name or the platform's type (Slack `filetype`, Teams `fileType`). */
export function isCsvFile(name: string, type?: string): boolean {
  return /\.csv$/i.test(name) || type?.toLowerCase() === "csv" || type?.toLowerCase() === "text/csv";
}

/**
 * Downloads an attached CSV file: refused unless it is CSV, not above the size cap (by the declared size and by
 * the bytes that actually arrive), and answered with HTTP 200. `headers` carry the platform's credentials.
 */
export async function downloadCsvAttachment(
  file: { name: string; url: string; type?: string; size?: number },
  headers: Record<string, string> = {},
  maxBytes = MAX_ATTACHMENT_BYTES,
): Promise<AttachedFile> {
  const { name } = file;
  if (!isCsvFile(name, file.type)) return { name, refused: "notCsv" };
  if (file.size !== undefined && file.size > maxBytes) return { name, refused: "tooBig" };
  let res: Response;
  try {
    res = await fetch(file.url, { headers, redirect: "follow", signal: AbortSignal.timeout(15_000) });
  } catch {
    return { name, refused: "unreadable" };
  }
  if (!res.ok || !res.body) return { name, refused: "unreadable" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { name, refused: "tooBig" };
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return { name, text };
}
