/** Which Bot Connector failures are temporary, rate limits (with Retry-After) or terminal; the outbox retries. */
import { describe, expect, it } from "vitest";
import { describeFailure, isRateLimited, isRetryable, isTerminal } from "../../../adapters/teams/retry.js";

const sdkError = (statusCode: number, code?: string, retryAfter?: string) =>
  Object.assign(new Error("failed"), {
    statusCode,
    response: { headers: { get: (name: string) => (name === "retry-after" ? retryAfter : undefined) }, bodyAsText: JSON.stringify({ error: { code } }) },
  });

describe("Teams retry policy", () => {
  it("classifies failures", () => {
    expect(isTerminal(describeFailure(sdkError(403, "BotNotInConversationRoster")))).toBe(true);
    expect(isTerminal(describeFailure(sdkError(403, "ConversationBlockedByUser")))).toBe(true);
    expect(isTerminal(describeFailure(sdkError(403, "BotDisabledByAdmin")))).toBe(true);
    expect(isTerminal(describeFailure(sdkError(403, "SomethingElse")))).toBe(false);
    // A 403 without a code is an auth or configuration problem (fixable), never "this target is gone for good".
    expect(describeFailure(sdkError(403)).code).toBeUndefined();
    expect(isTerminal(describeFailure(sdkError(403)))).toBe(false);
    expect(isTerminal(describeFailure(Object.assign(new Error("Forbidden"), { statusCode: 403 })))).toBe(false);
    expect(isTerminal(describeFailure(sdkError(404, "BotNotInConversationRoster")))).toBe(false);
    for (const status of [412, 429, 502, 504]) expect(isRetryable(describeFailure(sdkError(status)))).toBe(true);
    for (const status of [400, 401, 403, 404, 500]) expect(isRetryable(describeFailure(sdkError(status)))).toBe(false);
    expect(describeFailure(sdkError(429, "Throttled", "7")).retryAfterMs).toBe(7000);
  });

  it("tells a rate limit from other temporary failures", () => {
    expect(isRateLimited(describeFailure(sdkError(429)))).toBe(true);
    for (const status of [412, 502, 504, 403]) expect(isRateLimited(describeFailure(sdkError(status)))).toBe(false);
    expect(describeFailure(sdkError(429)).retryAfterMs).toBeUndefined();
  });
});
