/**
 * The `report` use cases: the yearly follow-up with the decisions of the forums the person may read, and the public
 * version (public forums' decisions only) behind the download links anyone with the address can open. The command
 * and the HTTP route only render what these return; neither chooses forums itself (issue 14 point 3).
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Attachment } from "../../conversation/reply.js";
import type { Locale } from "../../i18n/locale.js";
import { canRead } from "../access.js";
import { listForums } from "../forums.js";
import type { RegionRow } from "../regions.js";
import type { UseCase } from "../use-case.js";
import { buildYearReport, type YearReport } from "./build.js";
import { buildReportDocument, type ReportDoc } from "./document.js";
import { reportFiles } from "./files.js";

/** The year's report as the person may read it: private forums' decisions only for their members and admins. */
export function readableYearReport(uc: UseCase, region: RegionRow, year: number): YearReport {
  return buildYearReport(uc.db, region, year, uc.now, (forum) => canRead(uc, forum));
}

/** The year's report as anyone may read it: decisions of public forums only (download links, /reports/…). */
export function publicYearReport(db: DbOrTx, region: RegionRow, year: number, now: number): YearReport {
  return buildYearReport(db, region, year, now, (forum) => forum.isPublic);
}

/**
 * One `report` as plain data — which forums' decisions the person may read is settled before — so that it renders on
 * the render thread (src/services/render/render-thread.ts) as well as inline.
 */
export interface ReportJob {
  region: RegionRow;
  year: number;
  now: number;
  locale: Locale;
  /** The forums whose decisions the person may read (canRead). */
  readableForumIds: number[];
  /** The base of the files' download addresses. */
  publicUrl: string;
}

export interface RenderedReport {
  /** The report as the person may read it, in their language (the chat summary renders it). */
  doc: ReportDoc;
  /** The files as the person may read them; each one's `url` (for Teams, which takes no files from a bot) is the public version. */
  attachments: Attachment[];
}

/** The `report` command's job: the person's readable forums settled here, the rendering left to `renderReport`. */
export function reportJob(uc: UseCase, region: RegionRow, year: number, publicUrl: string): ReportJob {
  const readableForumIds = listForums(uc.db, region.id)
    .filter((forum) => canRead(uc, forum))
    .map((forum) => forum.id);
  return { region, year, now: uc.now, locale: uc.locale, readableForumIds, publicUrl };
}

/**
 * Builds and renders one job: the readable report, its document, its files and their public download addresses (the
 * addresses serve the public version when opened; nothing of it is rendered here).
 */
export function renderReport(db: DbOrTx, job: ReportJob): RenderedReport {
  const readable = new Set(job.readableForumIds);
  const report = buildYearReport(db, job.region, job.year, job.now, (forum) => readable.has(forum.id));
  const doc = buildReportDocument(db, report, job.locale);
  return { doc, attachments: reportFiles(db, report, job.locale, job.publicUrl, doc) };
}

/** The `report` command's use case, inline: the readable report and its files, with download addresses under `publicUrl`. */
export function readableReportWithFiles(uc: UseCase, region: RegionRow, year: number, publicUrl: string): RenderedReport {
  return renderReport(uc.db, reportJob(uc, region, year, publicUrl));
}
