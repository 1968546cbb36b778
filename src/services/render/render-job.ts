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
import type { ForumRow } from "../forums.js";
import type { MeetingRow } from "../meetings.js";
import { buildMinutesDocument, type MinutesDoc } from "../minutes/document.js";
import { renderMinutes } from "../minutes/export.js";
import { buildExtract } from "../minutes/extract.js";
import type { MinutesFormat } from "../minutes/urls.js";
import type { PartyRow } from "../parties.js";
import type { RegionRow } from "../regions.js";
import { reportCharts, reportDocumentFile } from "../report/files.js";
import { publicYearReport, type RenderedReport, type ReportJob, renderReport } from "../report/year-report.js";

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
  | { kind: "minutes"; meeting: MeetingRow; forum: ForumRow; locale: Locale; format: MinutesFormat; extract?: { section: number; party: PartyRow } };

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
 * Reads what the job needs, synchronously, so that the thread can wrap it in one read transaction (every query sees
 * the same moment); returns the rest. Bytes come out in buffers of their own, which the thread hands over without
 * copying, or for a picture renderPng keeps, in memory both threads share.
 */
export function readRenderJob(db: DbOrTx, job: RenderJob): RenderFinish {
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
    case "minutes": {
      const doc = minutesDoc(db, job);
      return async () => (doc === null ? null : ownBytes(await renderMinutes(doc, job.format)));
    }
  }
}

/** Reads and renders a job on the calling thread. */
export async function runRenderJob<J extends RenderJob>(db: DbOrTx, job: J): Promise<RenderResult<J>> {
  return (await readRenderJob(db, job)()) as RenderResult<J>;
}

function minutesDoc(db: DbOrTx, job: Extract<RenderJob, { kind: "minutes" }>): MinutesDoc | null {
  if (!job.extract) return buildMinutesDocument(db, job.meeting, job.forum, job.locale);
  try {
    return buildExtract(db, job.meeting, job.forum, job.extract.section, job.extract.party, job.locale);
  } catch {
    // As before the thread: no such § (or no extract to give) is the same 404 as no meeting.
    return null;
  }
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

function ownBytes(body: string | Uint8Array): string | Uint8Array {
  return typeof body === "string" || ownsBuffer(body) ? body : new Uint8Array(body);
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
