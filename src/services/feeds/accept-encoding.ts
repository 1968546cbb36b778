/**
 * Whether a request accepts gzip (RFC 9110 §12.5.3): `gzip` or `x-gzip` or `*` with a q-value above zero.
 * @example acceptsGzip("br;q=1.0, gzip;q=0.8") // true
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return accepted;
    if (coding === "*") star = accepted;
  }
  return star ?? false;
}
