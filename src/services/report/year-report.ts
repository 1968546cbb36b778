/**
 * The `report` use cases: the yearly follow-up with the decisions of the forums the person may read, and the public
 * version (public forums' decisions only) behind the download links anyone with the address can open. The command
 * and the HTTP route only render what these return; neither chooses forums itself (issue 14 point 3).
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Attachment } from "../../conversation/reply.js";
import { canRead } from "../access.js";
import type { RegionRow } from "../regions.js";
import type { UseCase } from "../use-case.js";
import { buildYearReport, type YearReport } from "./build.js";
import { reportFiles } from "./files.js";

/** The year's report as the person may read it: private forums' decisions only for their members and admins. */
export function readableYearReport(uc: UseCase, region: RegionRow, year: number): YearReport {
  return buildYearReport(uc.db, region, year, uc.now, (forum) => canRead(uc, forum));
}

/** The year's report as anyone may read it: decisions of public forums only (download links, /reports/…). */
export function publicYearReport(db: DbOrTx, region: RegionRow, year: number, now: number): YearReport {
  return buildYearReport(db, region, year, now, (forum) => forum.isPublic);
}

export interface ReadableReport {
  report: YearReport;
  /** The files as the person may read them; each one's `url` (for Teams, which takes no files from a bot) is the public version. */
  attachments: Attachment[];
}

/** The `report` command's use case: the readable report and its files, with download addresses under `publicUrl`. */
export function readableReportWithFiles(uc: UseCase, region: RegionRow, year: number, publicUrl: string): ReadableReport {
  const report = readableYearReport(uc, region, year);
  const files = reportFiles(uc.db, report, uc.locale);
  const publicFiles = reportFiles(uc.db, publicYearReport(uc.db, region, year, uc.now), uc.locale, publicUrl);
  const attachments = files.map((f, i) => ({ ...f, ...(publicFiles[i]?.url ? { url: publicFiles[i]!.url } : {}) }));
  return { report, attachments };
}
