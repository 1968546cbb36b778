/**
 * `yhdyspinta demo-data [--national] [--regions N] [--years N]`: the demo region as at first start, and with
 * `--national` the national dataset of issue 18 beside it (src/services/national), for anyone who wants to see the
 * product with ten years of history, and for the benches.
 */
import { pino } from "pino";
import { openDatabase } from "../../db/connection.js";
import { seedIfEmpty } from "../app.js";
import { systemClock } from "../clock.js";
import type { Config } from "../config.js";
import { addNationalDataset } from "../services/national/national-dataset.js";

export function demoData(config: Config, args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const national = args.includes("--national");
  const number = (flag: string, fallback: number): number | undefined => {
    const at = args.indexOf(flag);
    if (at < 0) return fallback;
    const value = Number(args[at + 1]);
    return Number.isInteger(value) && value >= 0 && value <= 100 ? value : undefined;
  };
  const regions = number("--regions", 21);
  const years = number("--years", 10);
  if (regions === undefined || years === undefined || years < 1) {
    err("--regions takes a whole number 0–100 and --years 1–100.");
    return 2;
  }
  const db = openDatabase(config.databasePath);
  try {
    const now = systemClock.now();
    const seeded = seedIfEmpty(db, config.seedFile, systemClock, pino({ level: "silent" }));
    out(seeded ? `Seeded the demo region from ${config.seedFile} into ${config.databasePath}.` : `${config.databasePath} already holds a region.`);
    if (!national) return 0;
    const existing = db.$client.prepare("select (select count(*) from regions) regions, (select count(*) from decisions) decisions").get() as {
      regions: number;
      decisions: number;
    };
    if (existing.regions > 1 || existing.decisions > 0) {
      err(`${config.databasePath} already has history (${existing.regions} regions, ${existing.decisions} decisions); use an empty database file.`);
      return 1;
    }
    const counts = addNationalDataset(db, { now, regions, years });
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    out(
      `Added the national dataset: ${counts.regions} regions, ${counts.parties} parties, ${counts.meetings} meetings, ${counts.decisions} decisions, ` +
        `${counts.agendaItems} agenda items, ${counts.reminders} reminders, ${counts.auditRows} audit rows.`,
    );
    return 0;
  } finally {
    db.$client.close();
  }
}
