/**
 * `yhdyspinta indicators import <file.csv>` and `yhdyspinta indicators fetch`: indicator values from a CSV file
 * (all or nothing, errors with line and column) or from THL Sotkanet now, on the database of DATABASE_PATH.
 */
import { readFileSync, statSync } from "node:fs";
import { openDatabase } from "../../db/connection.js";
import { systemClock } from "../clock.js";
import type { Config } from "../config.js";
import { renderReplyText } from "../conversation/render-text.js";
import { reply } from "../conversation/reply.js";
import { t } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { csvImportedText, formatCsvIssues, importIndicatorCsv } from "../services/goals/csv-import.js";
import { findRegion } from "../services/regions.js";
import { fetchFromSotkanet, tiedIndicators } from "../services/sotkanet/fetch.js";
import { sotkanetClientFor } from "../services/sotkanet/index.js";
import { fetchReportBlocks } from "../services/sotkanet/present.js";

const USAGE = `Usage: yhdyspinta indicators import <file.csv>   values: indicator code; year; party (empty: whole region); value
       yhdyspinta indicators fetch               every indicator tied to THL Sotkanet, now`;

/** A CSV of indicator values is small; a bigger file is a wrong file. */
const MAX_CSV_BYTES = 5 * 1024 * 1024;

export async function indicatorsCli(config: Config, args: string[], locale: Locale, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [sub, file] = args;
  if (sub !== "import" && sub !== "fetch") {
    err(USAGE);
    return 2;
  }
  let text = "";
  if (sub === "import") {
    if (!file) {
      err(USAGE);
      return 2;
    }
    try {
      if (statSync(file).size > MAX_CSV_BYTES) {
        err(`${file} is over ${MAX_CSV_BYTES / 1024 / 1024} MB; nothing was imported.`);
        return 1;
      }
      text = readFileSync(file, "utf8");
    } catch (error) {
      err(`Cannot read ${file}: ${(error as Error).message}`);
      return 2;
    }
  }
  const db = openDatabase(config.databasePath);
  try {
    const region = findRegion(db);
    if (!region) {
      err(t(locale, "error.noRegion"));
      return 1;
    }
    const now = systemClock.now();
    if (sub === "import") {
      const result = importIndicatorCsv(db, text, { regionId: region.id, actor: "cli", isAdmin: true, now, zone: region.zone, locale });
      if (!result.ok) {
        err(formatCsvIssues(result.issues, locale));
        return 1;
      }
      out(csvImportedText(result, locale));
      return 0;
    }
    const indicators = tiedIndicators(db, region.id);
    if (indicators.length === 0) {
      err(t(locale, "sotkanet.noneTied"));
      return 1;
    }
    const report = await fetchFromSotkanet({ db, client: sotkanetClientFor(config), regionId: region.id, indicators, actor: "cli", now, zone: region.zone });
    out(renderReplyText(reply(fetchReportBlocks(db, region.id, report, locale, region.zone, config.sotkanet.timeoutMs / 1000))));
    return !report.ok || report.indicators.some((i) => !i.ok) ? 1 : 0;
  } finally {
    db.$client.close();
  }
}
