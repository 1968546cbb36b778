/**
 * Conditional GET by ETag (RFC 9110 §13.1.2): weak comparison, `*` matches. Feeds send no Last-Modified, so an
 * If-Modified-Since alone is answered in full (§13.1.3 applies only to a representation with a date).
 */
export interface ConditionalHeaders {
  "if-none-match"?: string;
}

/** @example isNotModified({ "if-none-match": 'W/"abc"' }, '"abc"') // true */
export function isNotModified(headers: ConditionalHeaders, etag: string): boolean {
  const header = headers["if-none-match"];
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}
