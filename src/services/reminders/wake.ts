/**
 * The in-process wake-up (issue 14 §1): a use case that wrote outbox rows calls `wakeOutbox()`, and the running
 * scheduler ticks within a second instead of waiting for the minute. The call is deferred to a later turn of the
 * event loop, so the tick never runs inside the writer's transaction (better-sqlite3 transactions are
 * synchronous: by then they have committed, or rolled back and the tick finds nothing). Another process (the CLI)
 * has no listener; its rows wait for the running bot's minute tick.
 */
const listeners = new Set<() => void>();
let scheduled = false;
let writes = 0;

/** How many wake-ups this process has asked for; a running tick compares it to pick up rows written meanwhile. */
export function outboxWrites(): number {
  return writes;
}

/** Registers a listener (the scheduler); returns the function that removes it. */
export function onOutboxWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeOutbox(): void {
  writes++;
  if (scheduled || listeners.size === 0) return;
  scheduled = true;
  // The scheduler writes through its own handle, so its writes are never charged to the waking command's person.
  setImmediate(() => {
    scheduled = false;
    for (const listener of [...listeners]) listener();
  });
}
