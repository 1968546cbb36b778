/**
 * A token bucket (pure): `capacity` tokens at most, refilled at `perSecond`; each write takes one. A burst up to the
 * capacity passes, a steady flood is held to the refill rate.
 */
export interface BucketRate {
  capacity: number;
  perSecond: number;
}

export interface Bucket {
  tokens: number;
  at: number;
}

export type Take = { ok: true; bucket: Bucket } | { ok: false; bucket: Bucket; retryAfterMs: number };

/** The bucket as it stands at `now` (refilled since `at`, never above the capacity). */
export function refill(bucket: Bucket | undefined, now: number, rate: BucketRate): Bucket {
  if (!bucket) return { tokens: rate.capacity, at: now };
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  return { tokens: Math.min(rate.capacity, bucket.tokens + elapsed * rate.perSecond), at: Math.max(now, bucket.at) };
}

/**
 * @example takeToken(undefined, 0, { capacity: 2, perSecond: 1 }) // { ok: true, bucket: { tokens: 1, at: 0 } }
 */
export function takeToken(bucket: Bucket | undefined, now: number, rate: BucketRate): Take {
  const current = refill(bucket, now, rate);
  if (current.tokens >= 1) return { ok: true, bucket: { tokens: current.tokens - 1, at: current.at } };
  return { ok: false, bucket: current, retryAfterMs: Math.ceil(((1 - current.tokens) / rate.perSecond) * 1000) };
}

/** Whether the bucket is full again at `now` (then it can be forgotten). */
export function isFull(bucket: Bucket, now: number, rate: BucketRate): boolean {
  return refill(bucket, now, rate).tokens >= rate.capacity;
}
