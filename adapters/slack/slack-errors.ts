/**
 * Reading @slack/web-api errors: the platform's error code, a rate limit's wait, and which codes mean a target is
 * gone for good (https://docs.slack.dev/reference/methods/chat.postMessage#errors).
 */
export const TERMINAL_ERRORS = new Set(["channel_not_found", "not_in_channel", "account_inactive", "is_archived", "user_not_found", "user_disabled"]);

interface WebApiError {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  message?: string;
}

/** The platform's error code ("channel_not_found"), else the SDK's code, else the message. */
export function slackErrorCode(error: unknown): string {
  const e = error as WebApiError;
  return e?.data?.error ?? e?.code ?? e?.message ?? String(error);
}

/** Seconds to wait when Slack answered 429 (the SDK's rate-limited error carries Retry-After). */
export function retryAfterSeconds(error: unknown): number | undefined {
  const e = error as WebApiError;
  return e?.code === "slack_webapi_rate_limited_error" && typeof e.retryAfter === "number" ? e.retryAfter : undefined;
}

export function isTerminal(error: unknown): boolean {
  return TERMINAL_ERRORS.has(slackErrorCode(error));
}
