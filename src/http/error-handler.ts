/**
 * The last handlers of the one HTTP server (issue 16 §4): an unknown path is a plain 404, a malformed URL
 * (`/ical/%zz`) or body a plain 400, an oversize body 413, anything else a plain 500 — never a stack trace or a
 * file path, whatever NODE_ENV says (Express's own handler shows both outside production).
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../log.js";

const TEXTS: Record<number, string> = {
  400: "Bad request\n",
  404: "Not found\n",
  413: "Request too large\n",
  415: "Unsupported media type\n",
  500: "Internal server error\n",
};

/** The status an error asks for: body-parser and the router set `status` (400, 413, 415); a URIError is the client's. */
export function statusOf(error: unknown): number {
  if (error instanceof URIError) return 400;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : 500;
}

export function notFound(): RequestHandler {
  return (_req, res) => void res.status(404).type("text/plain; charset=utf-8").send(TEXTS[404]);
}

export function handleErrors(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = statusOf(error);
    // The URL is not logged: feed and invite URLs carry tokens.
    if (status >= 500) log.error({ err: error, method: req.method }, "request failed");
    else log.debug({ status, method: req.method, type: (error as { type?: string }).type }, "request refused");
    if (res.headersSent) return void res.destroy();
    res
      .status(status)
      .type("text/plain; charset=utf-8")
      .send(TEXTS[status] ?? "Request refused\n");
  };
}
