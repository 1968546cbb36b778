/**
 * Lets the event loop flush the ack before the core's synchronous work (better-sqlite3 queries) starts: Node sends
 * a response's bytes on a later tick, so without this the ack would leave only after the command had run.
 */
export function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
