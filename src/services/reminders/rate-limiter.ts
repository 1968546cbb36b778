/**
 * Send pacing as the platforms state it (issue 14 §2), in sliding windows per conversation and per app:
 * - Slack: about one message per second per channel (https://api.slack.com/methods/chat.postMessage#rate_limiting);
 * - Teams, per bot per conversation: 7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 3600 s, and a per-app limit of 50
 *   requests per second (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
 * A 429's Retry-After pauses the target; consecutive 429s back off exponentially. Times are a monotonic clock in
 * milliseconds passed in by the caller, so tests advance it without waiting.
 */
import type { Platform } from "../../conversation/input.js";

export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface RatePolicy {
  /** Windows per target (channel, conversation, direct message). */
  perTarget: RateWindow[];
  /** Windows over every target of the platform (the app's global limit). */
  perApp: RateWindow[];
}

export const RATE_POLICIES: Record<Platform, RatePolicy> = {
  slack: { perTarget: [{ limit: 1, windowMs: 1000 }], perApp: [] },
  teams: {
    perTarget: [
      { limit: 7, windowMs: 1000 },
      { limit: 8, windowMs: 2000 },
      { limit: 60, windowMs: 30_000 },
      { limit: 1800, windowMs: 3_600_000 },
    ],
    perApp: [{ limit: 50, windowMs: 1000 }],
  },
  console: { perTarget: [], perApp: [] },
  cli: { perTarget: [], perApp: [] },
};

/** Longest back-off after repeated 429s without a Retry-After that says more. */
const MAX_BACKOFF_MS = 60_000;

export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly strikes = new Map<string, number>();

  constructor(private readonly policies: Partial<Record<Platform, RatePolicy>> = RATE_POLICIES) {}

  /** The earliest time a message to `target` on `platform` may go out (≤ now: at once). */
  readyAt(platform: Platform, target: string, now: number): number {
    const policy = this.policies[platform];
    let ready = this.pausedUntil.get(target) ?? 0;
    if (!policy) return ready;
    ready = Math.max(ready, this.windowsReadyAt(target, policy.perTarget, now), this.windowsReadyAt(`app:${platform}`, policy.perApp, now));
    return ready;
  }

  /** Records a send (made, whatever its answer: a 429 also counts against the platform's windows). */
  record(platform: Platform, target: string, now: number): void {
    const policy = this.policies[platform];
    if (!policy) return;
    this.push(target, now, policy.perTarget);
    this.push(`app:${platform}`, now, policy.perApp);
  }

  /** A success clears the target's 429 strikes. */
  succeeded(target: string): void {
    this.strikes.delete(target);
  }

  /** A 429: pauses the target for Retry-After, or longer after repeated 429s (exponential). Returns the wait. */
  rateLimited(target: string, retryAfterMs: number | undefined, now: number): number {
    const strikes = (this.strikes.get(target) ?? 0) + 1;
    this.strikes.set(target, strikes);
    const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (strikes - 1));
    // Retry-After is the platform's word; when it is missing, or 429s keep coming, back off exponentially.
    const wait = retryAfterMs === undefined ? backoff : Math.max(retryAfterMs, strikes > 3 ? backoff : 0);
    this.pausedUntil.set(target, Math.max(this.pausedUntil.get(target) ?? 0, now + wait));
    return wait;
  }

  private windowsReadyAt(key: string, windows: RateWindow[], now: number): number {
    const times = this.sent.get(key);
    if (!times || windows.length === 0) return 0;
    let ready = 0;
    for (const { limit, windowMs } of windows) {
      let inWindow = 0;
      for (let i = times.length - 1; i >= 0 && times[i]! > now - windowMs; i--) inWindow++;
      // Full window: the oldest send that still counts must leave it first.
      if (inWindow >= limit) ready = Math.max(ready, times[times.length - limit]! + windowMs);
    }
    return ready;
  }

  private push(key: string, now: number, windows: RateWindow[]): void {
    if (windows.length === 0) return;
    const times = this.sent.get(key) ?? [];
    times.push(now);
    const longest = Math.max(...windows.map((w) => w.windowMs));
    const maxKept = Math.max(...windows.map((w) => w.limit));
    while (times.length > maxKept || (times.length > 0 && times[0]! <= now - longest)) times.shift();
    this.sent.set(key, times);
  }
}
