/**
 * What the outbox's sending side needs: the core's dependencies plus the platforms' notifiers. Only the scheduler
 * holds notifiers (issue 14 §1): use cases write outbox rows and never send.
 */
import type { CoreDeps } from "../../context.js";
import type { Platform } from "../../conversation/input.js";
import type { Notifier } from "../../conversation/notifier.js";

export interface OutboxDeps extends CoreDeps {
  /** Notifiers of the platforms that are on, by platform. */
  notifiers: Map<Platform, Notifier>;
}
