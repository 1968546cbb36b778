/**
 * Security headers on every response (issue 16 §6). Meeting pages, minutes, reports and the annual clock are HTML
 * and SVG opened in a browser, with feed and invite tokens in their URLs: no script runs, nothing loads from
 * elsewhere, the page cannot be framed, and no Referer carries a token to another site.
 */
import type { RequestHandler } from "express";

/** Inline styles (our pages carry their own `<style>`) and same-origin images (report charts); nothing else. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

/** Sets the headers before any route runs, so 404s, errors and the chat platforms' routes carry them too. */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  };
}
