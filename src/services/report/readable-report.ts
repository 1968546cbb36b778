/** The `report` command's use case, rendered off the server's thread when the database is a file (issue 18 §3). */
import { renderOnThread } from "../render/render-thread.js";
import type { RegionRow } from "../regions.js";
import type { UseCase } from "../use-case.js";
import { type RenderedReport, reportJob } from "./year-report.js";

/** The readable report and its files (with download addresses under `publicUrl`), rendered on the render thread. */
export function readableReport(uc: UseCase, region: RegionRow, year: number, publicUrl: string): Promise<RenderedReport> {
  return renderOnThread(uc.db, { kind: "report", job: reportJob(uc, region, year, publicUrl) });
}
