/**
 * How a Bot Connector failure is classified: 429 is a rate limit (its Retry-After, if any, is passed on),
 * 412/502/504 are temporary, the 403s whose code says "this bot can never post here again" are terminal, everything
 * else (including a 403 with no or another code: an auth or configuration problem, fixable) fails non-terminally.
 * Nothing is retried here: the outbox is the one layer that retries and paces (issue 14 §2).
 */
const RETRYABLE = new Set([412, 429, 502, 504]);
const TERMINAL_CODES = new Set(["BotNotInConversationRoster", "ConversationBlockedByUser", "BotDisabledByAdmin"]);

export interface ConnectorFailure {
  status?: number;
  code?: string;
  retryAfterMs?: number;
  message: string;
}

interface SdkError {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined }; bodyAsText?: string | null };
  body?: unknown;
}

function bodyCode(error: SdkError): string | undefined {
  const body = error.body as { error?: { code?: string } } | undefined;
  if (body?.error?.code) return body.error.code;
  try {
    return (JSON.parse(error.response?.bodyAsText ?? "") as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

export function describeFailure(raw: unknown): ConnectorFailure {
  const error = (raw ?? {}) as SdkError;
  const header = error.response?.headers?.get?.("retry-after");
  const seconds = header !== undefined ? Number(header) : NaN;
  const code = bodyCode(error) ?? (typeof error.code === "string" ? error.code : undefined);
  return {
    status: error.statusCode,
    code,
    retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : undefined,
    message: `${error.statusCode ?? "error"} ${code ?? ""} ${error.message ?? String(raw)}`.replace(/\s+/g, " ").trim(),
  };
}

export const isTerminal = (f: ConnectorFailure) => f.status === 403 && f.code !== undefined && TERMINAL_CODES.has(f.code);
export const isRetryable = (f: ConnectorFailure) => f.status !== undefined && RETRYABLE.has(f.status);

/** A 429: the outbox pauses the conversation and backs off (Retry-After when the connector gives one). */
export const isRateLimited = (f: ConnectorFailure) => f.status === 429;
