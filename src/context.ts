/**
 * One neutral context per inbound command or form, built by the core from what the adapter passed in: the
 * person, the forum bound to the channel, locale, zone, `now` and a child logger. Handlers never see a platform
 * payload.
 */
import type { Db } from "../db/connection.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { AttachedFile } from "./conversation/attachment.js";
import type { Platform, UserRef } from "./conversation/input.js";
import type { Translate } from "./i18n/catalog.js";
import type { Locale } from "./i18n/locale.js";
import type { Logger } from "./log.js";
import type { ForumRow } from "./services/forums.js";
import type { PersonRow } from "./services/people.js";
import type { WriteBudgetOptions } from "./services/write-budget.js";
import type { RegionRow } from "./services/regions.js";

/** What the core needs from the outside world; built once at start-up (src/app.ts). */
export interface CoreDeps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
  /** Per-person and per-channel write limits of chat commands; DEFAULT_WRITE_BUDGET when not given. */
  writeBudget?: WriteBudgetOptions;
}

export interface Context extends CoreDeps {
  region: RegionRow;
  person: PersonRow | undefined;
  isAdmin: boolean;
  locale: Locale;
  zone: string;
  now: number;
  platform: Platform;
  user: UserRef;
  channelRef: string | undefined;
  /** The forum bound to the channel the command came from. */
  boundForum: ForumRow | undefined;
  t: Translate;
  /** A file attached to the message that carried the command (`indicator import` with a CSV file). */
  attachment?: AttachedFile;
}
