/**
 * What the render thread (./render-thread.ts) renders: each job is plain data in (rows, numbers, a locale), a string
 * or bytes out, so it crosses to the thread and back by structured clone. The downloads over HTTP and the chat
 * `report` build and draw their documents here; each is 8–300 ms of synchronous work at national scale that would
 * otherwise hold every Slack ack arriving meanwhile (issue 18 §3). `null` answers "not found" (a chart of no
 * indicator, an extract of no §), decided where the rows are read.
 */
import type { DbOrTx } from "../../../db/connection.js";
import { translator } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import { publicAnnualClock } from "../annual-clock/model.js";
import { renderPng } from "../annual-clock/png.js";
import { renderAnnualClockSvg } from "../annual-clock/svg.js";
import type { RegionRow } from "../regions.js";
import { reportCharts, reportDocumentFile } from "../report/files.js";
import { publicYearReport, type RenderedReport, type ReportJob, renderReport } from "../report/year-report.js";
import type { MinutesJob } from "./minutes-job.js";

/** The public yearly report (public forums' decisions only) of one region and year, in one language. */
interface PublicReport {
  region: RegionRow;
  year: number;
  now: number;
  locale: Locale;
}

export type RenderJob =
  /** The chat `report`: the readable report and its files. */
  | { kind: "report"; job: ReportJob }
  /** GET /reports/<year>.<md|html|csv> */
  | ({ kind: "report-file"; format: "md" | "html" | "csv" } & PublicReport)
  /** GET /reports/<year>/<indicator>.<svg|png>; null for an indicator the report has no chart of. */
  | ({ kind: "report-chart"; indicator: string; format: "svg" | "png" } & PublicReport)
  /** GET /annual-clock/<year>.<svg|png>: the public forums' annual clock. */
  | { kind: "annual-clock"; region: RegionRow; year: number; now: number; locale: Locale; format: "svg" | "png" }
  /** GET /minutes/…: the minutes, or one party's extract of one § (null for a § the minutes do not have). */
  | MinutesJob;

/** What each kind of job answers. */
export interface RenderResults {
  report: RenderedReport;
  "report-file": string;
  "report-chart": string | Uint8Array | null;
  "annual-clock": string | Uint8Array;
  minutes: string | Uint8Array | null;
}
export type RenderResult<J extends RenderJob = RenderJob> = RenderResults[J["kind"]];

/** The rest of a job once its rows are read: rendering that reads nothing (the DOCX is packed asynchronously). */
export type RenderFinish = () => RenderResult | Promise<RenderResult>;

/**
 * What reads the job: its rows synchronously, so that the thread can wrap them in one read transaction (every query
 * sees the same moment); the reader returns the rest. The minutes' code (and what it brings: the meeting services,
 * their schemas) loads with the first minutes job, so a thread that draws reports and pictures stays small.
 */
export async function readerOf(job: RenderJob): Promise<(db: DbOrTx) => RenderFinish> {
  if (job.kind === "minutes") {
    const { readMinutesJob } = await import("./minutes-job.js");
    return (db) => readMinutesJob(db, job);
  }
  return (db) => readRenderJob(db, job);
}

/**
 * Reads a report or picture job and returns the rest. Bytes come out in buffers of their own, which the thread hands
 * over without copying, or for a picture renderPng keeps, in memory both threads share.
 */
function readRenderJob(db: DbOrTx, job: Exclude<RenderJob, MinutesJob>): RenderFinish {
  switch (job.kind) {
    case "report": {
      const rendered = renderReport(db, job.job);
      return () => rendered;
    }
    case "report-file": {
      const body = reportDocumentFile(db, publicYearReport(db, job.region, job.year, job.now), job.locale, job.format);
      return () => body;
    }
    case "report-chart": {
      const svg = reportCharts(publicYearReport(db, job.region, job.year, job.now), job.locale).get(job.indicator);
      return () => (svg === undefined ? null : job.format === "svg" ? svg : sharedPng(svg));
    }
    case "annual-clock": {
      const svg = renderAnnualClockSvg(publicAnnualClock(db, job.region, job.year, job.now), job.locale, translator(job.locale));
      return () => (job.format === "svg" ? svg : sharedPng(svg));
    }
  }
}

/** Reads and renders a job on the calling thread. */
export async function runRenderJob<J extends RenderJob>(db: DbOrTx, job: J): Promise<RenderResult<J>> {
  const read = await readerOf(job);
  return (await read(db)()) as RenderResult<J>;
}

/** Each kept picture's bytes in shared memory, made once: every download of it hands over the same bytes, copying none. */
const shared = new WeakMap<Buffer, Uint8Array>();

/** The picture as PNG from renderPng's cache, in memory both threads share (nothing writes to it once made). */
function sharedPng(svg: string): Uint8Array {
  const png = renderPng(svg);
  let bytes = shared.get(png);
  if (!bytes) {
    bytes = new Uint8Array(new SharedArrayBuffer(png.byteLength));
    bytes.set(png);
    shared.set(png, bytes);
  }
  return bytes;
}

/** Whether the bytes fill their whole buffer (so handing the buffer over takes nothing else with it). */
export function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** The buffers of a job's answer that can move to the other thread instead of being copied. */
export function transferablesOf(result: RenderResult): ArrayBuffer[] {
  const bytes =
    result instanceof Uint8Array
      ? [result]
      : result !== null && typeof result === "object"
        ? result.attachments.flatMap((a) => (a.content instanceof Uint8Array ? [a.content] : []))
        : [];
  return [...new Set(bytes.filter(ownsBuffer).map((b) => b.buffer as ArrayBuffer))];
}
