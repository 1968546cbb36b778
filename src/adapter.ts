/**
 * How the composition root starts a chat platform: each adapter mounts its routes on our one HTTP server, may
 * offer a Notifier, and closes cleanly. src/ defines the shape; adapters/ implement it.
 */
import type { Express } from "express";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Core } from "./commands/run.js";
import type { Notifier } from "./conversation/notifier.js";
import type { Logger } from "./log.js";
import type { AdapterStores } from "./stores/index.js";

export interface AdapterHost {
  core: Core;
  http: Express;
  config: Config;
  /** What the adapter keeps for itself (seen events, conversation references); never the database. */
  stores: AdapterStores;
  clock: Clock;
  log: Logger;
}

export interface RunningAdapter {
  notifier?: Notifier;
  close?(): Promise<void>;
}

export interface Adapter {
  name: string;
  enabled(config: Config): boolean;
  start(host: AdapterHost): Promise<RunningAdapter>;
}
