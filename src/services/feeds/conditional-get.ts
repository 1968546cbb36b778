/**
 * Conditional GET (RFC 9110 §13.1.2–13.1.3): If-None-Match wins over If-Modified-Since; weak comparison for ETags,
 * second precision for dates.
 */
export interface ConditionalHeaders {
  "if-none-match"?: string;
  "if-modified-since"?: string;
}

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/** @example isNotModified(req.headers, '"abc"', Date.now()) */
export function isNotModified(headers: ConditionalHeaders, etag: string, lastModified: number): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) return matchesEtag(ifNoneMatch, etag);
  const ifModifiedSince = headers["if-modified-since"];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000);
}
