/**
 * How a Bot Connector failure is treated: 429/412/502/504 are retried with exponential backoff (honouring
 * Retry-After), the 403s whose code says "this bot can never post here again" are terminal, everything else
 * (including a 403 with no or another code: an auth or configuration problem, fixable) fails once, non-terminally.
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

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `send` until it succeeds, fails for good, or runs out of attempts; the last failure is thrown. */
export async function withRetry<T>(send: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const failure = describeFailure(error);
      if (!isRetryable(failure) || attempt >= options.attempts) throw error;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      await (options.sleep ?? wait)(Math.min(options.maxDelayMs, failure.retryAfterMs ?? backoff));
    }
  }
}
