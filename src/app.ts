/**
 * Starts the whole product in one process: database (migrated, seeded on first start), the core, the HTTP
 * server, the chat adapters that are configured, and the scheduler tick.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { openDatabase, type Db } from "../db/connection.js";
import { createAdapterStores } from "../db/stores/index.js";
import type { Adapter, RunningAdapter } from "./adapter.js";
import { systemClock, type Clock } from "./clock.js";
import { ConfigError, type Config } from "./config.js";
import type { CoreDeps } from "./commands/context.js";
import { createCore, type Core } from "./commands/run.js";
import type { Notifier } from "./conversation/notifier.js";
import type { Platform } from "./conversation/input.js";
import type { IdleMemoryOptions } from "./http/idle-memory.js";
import { createHttpApp, listen, portOf } from "./http/server.js";
import type { Logger } from "./log.js";
import { formatIssues, importAgreement } from "./services/agreement/index.js";
import { settleCalendarSettings } from "./services/calendar-settings.js";
import { findRegion } from "./services/regions.js";
import { startScheduler, type Scheduler } from "./scheduler/loop.js";
import { startSotkanetJob, type SotkanetJob } from "./scheduler/sotkanet-job.js";
import { SEEDERS } from "./services/seeders.js";

/** How long after listening the start-up catch-up tick runs. */
const CATCH_UP_DELAY_MS = 1_000;

export interface AppOptions {
  config: Config;
  log: Logger;
  adapters?: Adapter[];
  clock?: Clock;
  /** Listen on this host (tests use 127.0.0.1). */
  host?: string;
  /** Start node-cron (off in tests that tick by hand). */
  cron?: boolean;
  /** The HTTP server's collection after a burst (src/http/idle-memory.ts); `false` turns it off. */
  idleMemory?: IdleMemoryOptions | false;
}

export interface RunningApp {
  core: Core;
  /** The platforms' notifiers; only the scheduler sends through them. */
  notifiers: ReadonlyMap<Platform, Notifier>;
  db: Db;
  server: Server;
  port: number;
  scheduler: Scheduler;
  /** The scheduled fetch from THL Sotkanet (SOTKANET_SCHEDULE). */
  sotkanet: SotkanetJob;
  close(): Promise<void>;
}

/** Imports the seed file into an empty database; later starts leave the data alone. */
export function seedIfEmpty(db: Db, seedFile: string, clock: Clock, log: Logger): boolean {
  if (findRegion(db)) return false;
  const result = importAgreement(db, readFileSync(seedFile, "utf8"), { actor: "import", now: clock.now(), locale: "en" });
  if (!result.ok) throw new ConfigError([`SEED_FILE ${seedFile} is not a valid agreement file:\n${formatIssues(result.issues, "en")}`]);
  for (const seed of SEEDERS) seed(db, clock.now());
  log.info({ seedFile, ...result.counts }, "seeded the database");
  return true;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, log } = options;
  const clock = options.clock ?? systemClock;
  const created = config.databasePath !== ":memory:" && !existsSync(config.databasePath);
  const db = openDatabase(config.databasePath);
  try {
    seedIfEmpty(db, config.seedFile, clock, log);
  } catch (error) {
    db.$client.close();
    // A first start that could not seed leaves no half-made database behind.
    if (created) for (const suffix of ["", "-wal", "-shm"]) rmSync(config.databasePath + suffix, { force: true });
    throw error;
  }
  const calendar = settleCalendarSettings(db, config, clock.now());
  if (calendar.ignored) {
    log.warn(
      { uidDomain: calendar.uidDomain, ignored: calendar.ignored },
      "CALENDAR_UID_DOMAIN differs from the domain fixed at first start; UIDs keep the stored one",
    );
  }
  const notifiers = new Map<Platform, Notifier>();
  const deps: CoreDeps = { db, clock, config, log };
  const core = createCore(deps);
  const stores = createAdapterStores(db);
  const http = createHttpApp({ db, config, clock, log, idleMemory: options.idleMemory });
  const running: RunningAdapter[] = [];
  for (const adapter of options.adapters ?? []) {
    if (!adapter.enabled(config)) continue;
    const started = await adapter.start({ core, http, config, stores, clock, log: log.child({ adapter: adapter.name }) });
    if (started.notifier) notifiers.set(started.notifier.platform, started.notifier);
    running.push(started);
    log.info({ adapter: adapter.name }, "adapter started");
  }
  const server = await listen(http, config.port, options.host);
  // Only the scheduler holds the notifiers: use cases queue outbox rows, the scheduler sends them (issue 14 §1).
  const scheduler = startScheduler({ ...deps, notifiers }, undefined, { cron: options.cron !== false });
  // Catch up on what fell due while the process was down within a second, instead of waiting for the first minute,
  // but after the first requests: the first planning loads the holiday rules and takes ~200 ms of CPU on a national
  // database, and the health check and the chat platforms' first requests should not wait behind it (issue 18 §4).
  const catchUp = options.cron !== false ? setTimeout(() => void scheduler.tick(), CATCH_UP_DELAY_MS) : undefined;
  const sotkanet = startSotkanetJob(deps, { schedule: config.sotkanet.schedule, cron: options.cron !== false });
  log.info({ port: portOf(server), publicUrl: config.publicUrl }, "listening");
  return {
    core,
    notifiers,
    db,
    server,
    port: portOf(server),
    scheduler,
    sotkanet,
    async close() {
      clearTimeout(catchUp);
      scheduler.stop();
      sotkanet.stop();
      for (const adapter of running) await adapter.close?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      db.$client.close();
    },
  };
}
