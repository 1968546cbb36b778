/**
 * The scheduled fetch from THL Sotkanet (issue 20 point 2): at SOTKANET_SCHEDULE (node-cron, in the region's zone;
 * weekly by default, off under NODE_ENV=test) every tied indicator is fetched as the `system` actor. A failure is
 * retried with growing pauses; when the retries are used up the region's admins (the change director) get one
 * notice through the outbox, in their language, and the next scheduled run starts afresh. Nothing here can crash the
 * bot: every error ends in the log. Sotkanet's terms ask for batch fetches, not online use, hence the long pauses.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { CoreDeps } from "../context.js";
import { reply } from "../conversation/reply.js";
import { t } from "../i18n/catalog.js";
import { queuePersonNotice, localeOfPerson } from "../services/broadcast.js";
import { listPeople } from "../services/people.js";
import { findRegion } from "../services/regions.js";
import type { SotkanetClient } from "../services/sotkanet/client.js";
import { fetchFromSotkanet, tiedIndicators, type FetchReport } from "../services/sotkanet/fetch.js";
import { sotkanetClientFor } from "../services/sotkanet/index.js";
import { fetchReportBlocks } from "../services/sotkanet/present.js";

/** Pauses before the retries after a failed run: 15 minutes, an hour, four hours. */
export const RETRY_DELAYS_MS = [15 * 60_000, 60 * 60_000, 4 * 60 * 60_000];

export interface SotkanetJobOptions {
  /** node-cron expression; null: no scheduled runs (runNow still works). */
  schedule: string | null;
  /** Start node-cron (off in tests that run by hand). */
  cron?: boolean;
  client?: SotkanetClient;
  retryDelaysMs?: number[];
}

export interface SotkanetJob {
  /** Runs a fetch with its retries now; resolves with the last attempt's report (undefined: nothing to fetch). */
  runNow(): Promise<FetchReport | undefined>;
  /** Whether node-cron runs it on the schedule. */
  scheduled: boolean;
  stop(): void;
}

const failed = (report: FetchReport): boolean => !report.ok || report.indicators.some((i) => !i.ok);

export function startSotkanetJob(deps: CoreDeps, options: SotkanetJobOptions): SotkanetJob {
  const { db, log } = deps;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const client = options.client ?? sotkanetClientFor(deps.config);
  let stopped = false;
  let running: Promise<FetchReport | undefined> | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const notifyAdmins = (report: FetchReport, attempts: number) => {
    const region = findRegion(db);
    if (!region) return;
    const now = deps.clock.now();
    for (const admin of listPeople(db, region.id).filter((p) => p.roles.includes("admin"))) {
      const locale = localeOfPerson(db, admin.id, region.defaultLocale);
      const blocks = fetchReportBlocks(db, region.id, report, locale, region.zone, deps.config.sotkanet.timeoutMs / 1000);
      const message = reply([...blocks, { kind: "text", text: t(locale, "sotkanet.job.failed", { attempts }) }]);
      queuePersonNotice(
        db,
        { kind: "indicator_fetch_failed", key: `indicator_fetch_failed:${report.at}`, subject: `region:${region.id}`, now },
        admin.id,
        message,
      );
    }
  };

  const runWithRetries = async (): Promise<FetchReport | undefined> => {
    for (let attempt = 1; !stopped; attempt++) {
      const region = findRegion(db);
      if (!region) return undefined;
      const indicators = tiedIndicators(db, region.id);
      if (indicators.length === 0) return undefined;
      const report = await fetchFromSotkanet({ db, client, regionId: region.id, indicators, actor: "system", now: deps.clock.now(), zone: region.zone });
      if (!failed(report)) {
        log.info({ indicators: indicators.length, attempt }, "sotkanet: scheduled fetch done");
        return report;
      }
      const detail = report.ok ? report.indicators.filter((i) => !i.ok).map((i) => `${i.code}: ${i.ok ? "" : i.detail}`) : [report.detail];
      if (attempt > delays.length) {
        log.error({ attempts: attempt, detail }, "sotkanet: scheduled fetch failed; the admins are told");
        notifyAdmins(report, attempt);
        return report;
      }
      log.warn({ attempt, retryInMs: delays[attempt - 1], detail }, "sotkanet: scheduled fetch failed; retrying later");
      await pause(delays[attempt - 1]!);
    }
    return undefined;
  };

  const runNow = (): Promise<FetchReport | undefined> => {
    // One run at a time: a scheduled time that comes while retries are pending joins the run in progress.
    running ??= runWithRetries()
      .catch((error: unknown) => {
        log.error({ err: error }, "sotkanet: scheduled fetch crashed");
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  let task: ScheduledTask | undefined;
  if (options.schedule && options.cron !== false) {
    const zone = findRegion(db)?.zone ?? "Europe/Helsinki";
    task = cron.schedule(options.schedule, () => void runNow(), { timezone: zone, noOverlap: true });
  }
  return {
    runNow,
    scheduled: task !== undefined,
    stop() {
      stopped = true;
      wake?.();
      void task?.stop();
    },
  };
}
