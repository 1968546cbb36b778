/** Which Bot Connector failures are retried (with Retry-After honoured), which are terminal. */
import { describe, expect, it } from "vitest";
import { describeFailure, isRetryable, isTerminal, withRetry } from "../../../adapters/teams/retry.js";

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

  it("backs off exponentially, honours Retry-After, and gives up after the last attempt", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    let calls = 0;
    const failures = [sdkError(502), sdkError(429, "Throttled", "3"), sdkError(504)];
    const result = await withRetry(async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return "ok";
    }, { attempts: 5, baseDelayMs: 100, maxDelayMs: 10_000, sleep });
    expect(result).toBe("ok");
    expect(waits).toEqual([100, 3000, 400]);
    calls = 0;
    await expect(withRetry(async () => { calls++; throw sdkError(502); }, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep })).rejects.toThrow("failed");
    expect(calls).toBe(3);
    await expect(withRetry(async () => { throw sdkError(403, "BotDisabledByAdmin"); }, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep })).rejects.toThrow();
  });
});
