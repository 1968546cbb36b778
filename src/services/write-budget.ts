/**
 * Per-person and per-channel write limits (issue 16 §5: 2,901 agenda proposals from one person in ten seconds were
 * all accepted). The core opens a scope for each command or form (who, which channel); the first change of that
 * command (src/services/audit.ts `change`) takes one token from the person's bucket and one from the channel's, or
 * refuses with a polite "slow down" before its transaction begins. Reads, the scheduler, imports and anything
 * outside a chat scope are never charged. The buckets live in memory: a restart forgives.
 *
 * The scope travels on the command's database handle (a view of the shared one), not in an AsyncLocalStorage: on
 * Node 20 a store that was ever entered runs promise hooks on every promise of the process, reads included
 * (issue 18 §5). The scheduler and imports hold the shared handle, so they are outside every command's budget.
 */
import { handleView } from "../../db/handle-view.js";
import { isFull, takeToken, type Bucket, type BucketRate } from "../domain/token-bucket.js";
import { UserError } from "../errors.js";

export interface WriteBudgetOptions {
  person: BucketRate;
  channel: BucketRate;
}

/** A secretary recording a meeting's decisions in a burst passes; a script flooding the forum does not. */
export const DEFAULT_WRITE_BUDGET: WriteBudgetOptions = {
  person: { capacity: 30, perSecond: 0.5 },
  channel: { capacity: 60, perSecond: 1 },
};

/** Buckets kept at most; full ones are dropped first, so memory stays bounded under many senders. */
const MAX_BUCKETS = 10_000;

export class WriteBudget {
  private readonly buckets = new Map<string, Bucket>();
  constructor(readonly options: WriteBudgetOptions = DEFAULT_WRITE_BUDGET) {}

  /** Takes a token for the person and the channel, both or neither; the refusal says who must wait and how long. */
  take(personKey: string, channelKey: string | undefined, now: number): { ok: true } | { ok: false; who: "person" | "channel"; retryAfterMs: number } {
    const person = takeToken(this.buckets.get(personKey), now, this.options.person);
    if (!person.ok) return { ok: false, who: "person", retryAfterMs: person.retryAfterMs };
    const channel = channelKey ? takeToken(this.buckets.get(channelKey), now, this.options.channel) : undefined;
    if (channel && !channel.ok) return { ok: false, who: "channel", retryAfterMs: channel.retryAfterMs };
    this.set(personKey, person.bucket, now);
    if (channelKey && channel) this.set(channelKey, channel.bucket, now);
    return { ok: true };
  }

  private set(key: string, bucket: Bucket, now: number): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size <= MAX_BUCKETS) return;
    for (const [k, b] of this.buckets) {
      const rate = k.startsWith("channel:") ? this.options.channel : this.options.person;
      if (isFull(b, now, rate)) this.buckets.delete(k);
    }
    // Still too many busy senders: forget the least recently charged.
    while (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

interface WriteScope {
  budget: WriteBudget;
  personKey: string;
  channelKey?: string;
  charged: boolean;
}

const SCOPE = Symbol("write scope");

/** The database handle for one command or form of one person in one channel; its writes are charged to both. */
export function withWriteBudget<D extends object>(db: D, budget: WriteBudget, who: { person: string; channel?: string }): D {
  const scope: WriteScope = { budget, personKey: `person:${who.person}`, channelKey: who.channel ? `channel:${who.channel}` : undefined, charged: false };
  return handleView(db, { [SCOPE]: scope });
}

/**
 * Charges the first write made through a command's handle; later writes of the same command are free, and writes
 * through a handle of no command (the scheduler, imports, the CLI) are never charged.
 * @throws UserError "input.slowDown" / "input.slowDownChannel" with the seconds to wait.
 */
export function chargeWrite(db: object, now: number): void {
  const current = (db as { [SCOPE]?: WriteScope })[SCOPE];
  if (!current || current.charged) return;
  const taken = current.budget.take(current.personKey, current.channelKey, now);
  if (!taken.ok) {
    const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
    throw new UserError(taken.who === "person" ? "input.slowDown" : "input.slowDownChannel", { seconds });
  }
  current.charged = true;
}
