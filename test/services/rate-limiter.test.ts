/** The platforms' stated limits as sliding windows (issue 14 §2), on a clock the test sets. */
import { describe, expect, it } from "vitest";
import { RATE_POLICIES, RateLimiter } from "../../src/services/reminders/rate-limiter.js";

/** Sends to `target` as soon as allowed, `count` times from 0 ms; returns the send times. */
function drain(limiter: RateLimiter, platform: "slack" | "teams", target: string, count: number): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < count) {
    now = Math.max(now, limiter.readyAt(platform, target, now));
    limiter.record(platform, target, now);
    times.push(now);
  }
  return times;
}

describe("rate limiter", () => {
  it("Slack: one message per second per channel, channels independent", () => {
    const limiter = new RateLimiter();
    expect(drain(limiter, "slack", "C1", 3)).toEqual([0, 1000, 2000]);
    expect(limiter.readyAt("slack", "C2", 0)).toBe(0);
  });

  it("Teams: 7 in a second, 8 in two, then 60 in thirty seconds per conversation", () => {
    const times = drain(new RateLimiter(), "teams", "conv", 61);
    expect(times.slice(0, 7).every((t) => t === 0)).toBe(true);
    expect(times[7]).toBe(1000); // the 8th waits for the first second to pass
    expect(times[8]).toBe(2000); // the 9th: at most 8 in any two seconds
    const inFirst30s = times.filter((t) => t < 30_000).length;
    expect(inFirst30s).toBeLessThanOrEqual(60);
    expect(times[60]).toBeGreaterThanOrEqual(30_000);
  });

  it("Teams: at most 50 a second over the whole app", () => {
    const limiter = new RateLimiter();
    let sent = 0;
    for (let i = 0; i < 60; i++) {
      if (limiter.readyAt("teams", `conv${i}`, 0) <= 0) {
        limiter.record("teams", `conv${i}`, 0);
        sent++;
      }
    }
    expect(sent).toBe(50);
    expect(limiter.readyAt("teams", "conv59", 0)).toBe(1000);
  });

  it("honours Retry-After, and backs off exponentially when 429s come without one", () => {
    const limiter = new RateLimiter();
    expect(limiter.rateLimited("C1", 5000, 0)).toBe(5000);
    expect(limiter.readyAt("slack", "C1", 0)).toBe(5000);
    expect([1, 2, 3, 4].map(() => limiter.rateLimited("T1", undefined, 0))).toEqual([1000, 2000, 4000, 8000]);
    limiter.succeeded("T1");
    expect(limiter.rateLimited("T1", undefined, 0)).toBe(1000);
  });

  it("states Microsoft's per-conversation windows", () => {
    expect(RATE_POLICIES.teams.perTarget).toEqual([
      { limit: 7, windowMs: 1000 },
      { limit: 8, windowMs: 2000 },
      { limit: 60, windowMs: 30_000 },
      { limit: 1800, windowMs: 3_600_000 },
    ]);
  });
});
