/**
 * The annual clock as SVG: twelve month sectors drawn with d3-shape arcs, one ring per forum kind with its
 * meetings as marks, duties marked at their period's end (coloured by status), and the annual cycle as labelled
 * arcs around the outside. Every element a test needs carries a class and data attributes.
 */
import { arc } from "d3-shape";
import { DateTime } from "luxon";
import { escapeHtml as esc } from "../../calendar/html.js";
import type { CycleId } from "../../domain/annual-cycle.js";
import type { DutyStatus } from "../../domain/duties.js";
import type { MessageKey, Translate } from "../../i18n/catalog.js";
import { monthName } from "../../i18n/format.js";
import type { Locale } from "../../i18n/locale.js";
import type { AnnualClockModel } from "./model.js";

export const CLOCK_SIZE = 900;
const LEGEND_WIDTH = 560;
const C = CLOCK_SIZE / 2;
const TAU = Math.PI * 2;
const RING_INNER = 110;
const RING_OUTER = 300;
const CYCLE_INNER = 306;
const CYCLE_OUTER = 366;
const MONTH_LABEL_R = 384;

const STATUS_COLOUR: Record<DutyStatus, string> = {
  met: "#2e7d32",
  minutes_pending: "#558b2f",
  scheduled: "#1565c0",
  open: "#9e9e9e",
  due_soon: "#f9a825",
  at_risk: "#ef6c00",
  missing: "#c62828",
};
const CYCLE_COLOUR: Record<CycleId, string> = {
  evaluation: "#b3e5fc",
  hyte_budgets: "#c8e6c9",
  welfare_report: "#ffe0b2",
  term_strategies: "#e1bee7",
  term_negotiation: "#f8bbd0",
};
const RING_FILLS = ["#f5f7fa", "#eef2f7"];

const f = (n: number) => n.toFixed(2);

function angleOfInstant(ms: number, year: number, zone: string): number {
  const d = DateTime.fromMillis(ms, { zone });
  const start = DateTime.fromObject({ year }, { zone });
  const end = start.plus({ years: 1 });
  return (TAU * (d.toMillis() - start.toMillis())) / (end.toMillis() - start.toMillis());
}

function angleOfDate(date: string, year: number): number {
  const d = DateTime.fromISO(date, { zone: "UTC" });
  return (TAU * (d.ordinal - 0.5)) / DateTime.fromObject({ year }, { zone: "UTC" }).daysInYear;
}

function polar(r: number, angle: number): [number, number] {
  return [C + r * Math.sin(angle), C - r * Math.cos(angle)];
}

const draw = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>();

function path(innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  return draw({ innerRadius, outerRadius, startAngle, endAngle }) ?? "";
}

export function renderAnnualClockSvg(model: AnnualClockModel, locale: Locale, t: Translate): string {
  const out: string[] = [];
  const ringCount = Math.max(1, model.rings.length);
  const band = (RING_OUTER - RING_INNER) / ringCount;
  const width = CLOCK_SIZE + LEGEND_WIDTH;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CLOCK_SIZE}" viewBox="0 0 ${width} ${CLOCK_SIZE}" font-family="DejaVu Sans">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  model.rings.forEach((ring, i) => {
    const inner = RING_INNER + i * band;
    out.push(
      `<path class="ring" data-kind="${esc(ring.kind)}" transform="translate(${C},${C})" d="${path(inner, inner + band, 0, TAU)}" fill="${RING_FILLS[i % 2]}"/>`,
    );
  });
  for (let m = 0; m < 12; m++) {
    const start = (TAU * m) / 12;
    const end = (TAU * (m + 1)) / 12;
    out.push(
      `<path class="month-sector" data-month="${m + 1}" transform="translate(${C},${C})" d="${path(RING_INNER, CYCLE_OUTER, start, end)}" fill="none" stroke="#90a4ae" stroke-width="1"/>`,
    );
    const mid = (start + end) / 2;
    const [x, y] = polar(MONTH_LABEL_R, mid);
    const anchor = Math.sin(mid) > 0.3 ? "start" : Math.sin(mid) < -0.3 ? "end" : "middle";
    out.push(
      `<text class="month-label" x="${f(x)}" y="${f(y)}" text-anchor="${anchor}" dominant-baseline="middle" font-size="15" fill="#263238">${esc(monthName(m + 1, locale))}</text>`,
    );
  }
  const cycleBand = (CYCLE_OUTER - CYCLE_INNER) / 3;
  const lanes: number[] = [];
  for (const a of model.arcs) {
    const lane = lanes.findIndex((last) => last < a.fromMonth);
    const index = lane >= 0 ? lane : lanes.length;
    lanes[index] = a.toMonth;
    const inner = CYCLE_INNER + (index % 3) * cycleBand;
    const start = (TAU * (a.fromMonth - 1)) / 12;
    const end = (TAU * a.toMonth) / 12;
    const label = t(`calendar.cycle.${a.id}` as MessageKey);
    out.push(
      `<path class="cycle-arc" data-cycle="${a.id}" transform="translate(${C},${C})" d="${path(inner + 1, inner + cycleBand - 1, start, end)}" fill="${CYCLE_COLOUR[a.id]}"><title>${esc(label)}</title></path>`,
    );
  }
  model.rings.forEach((ring, i) => {
    const r = RING_INNER + (i + 0.5) * band;
    const [lx, ly] = polar(r, 0);
    out.push(`<text class="ring-label" x="${f(lx + 4)}" y="${f(ly)}" font-size="11" dominant-baseline="middle" fill="#546e7a">${i + 1}</text>`);
    for (const d of ring.duties) {
      if (d.period.kind === "term" && !d.period.endsOn.startsWith(String(model.year))) continue;
      const [x, y] = polar(r - band * 0.3, angleOfDate(d.period.endsOn, model.year));
      out.push(
        `<rect class="duty" data-status="${d.status}" data-forum="${esc(d.forum.code)}" x="${f(x - 4)}" y="${f(y - 4)}" width="8" height="8" transform="rotate(45 ${f(x)} ${f(y)})" fill="${STATUS_COLOUR[d.status]}"><title>${esc(`${d.rule.id} ${d.forum.code} ${t(`calendar.dutyStatus.${d.status}` as MessageKey, { days: d.daysLeft })}`)}</title></rect>`,
      );
    }
    for (const m of ring.meetings) {
      const [x, y] = polar(r + band * 0.1, angleOfInstant(m.startsAt, model.year, model.zone));
      out.push(
        `<circle class="meeting" data-id="${esc(m.id)}" cx="${f(x)}" cy="${f(y)}" r="6" fill="#0d47a1" stroke="#ffffff" stroke-width="1.5"><title>${esc(m.id)}</title></circle>`,
      );
    }
  });
  out.push(`<circle cx="${C}" cy="${C}" r="${RING_INNER - 4}" fill="#ffffff" stroke="#90a4ae"/>`);
  out.push(
    `<text class="year" x="${C}" y="${C}" text-anchor="middle" dominant-baseline="middle" font-size="40" font-weight="bold" fill="#263238">${model.year}</text>`,
  );
  out.push(...legend(model, t));
  out.push(`</svg>`);
  return out.join("\n");
}

function legend(model: AnnualClockModel, t: Translate): string[] {
  const out: string[] = [];
  const x = CLOCK_SIZE;
  let y = 60;
  const line = (swatch: string, text: string, cls: string) => {
    out.push(`${swatch}<text class="${cls}" x="${x + 30}" y="${y + 5}" font-size="13" fill="#263238">${esc(text)}</text>`);
    y += 26;
  };
  const seen = new Set<CycleId>();
  for (const a of model.arcs) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    line(`<rect x="${x}" y="${y - 8}" width="20" height="16" fill="${CYCLE_COLOUR[a.id]}"/>`, t(`calendar.cycle.${a.id}` as MessageKey), "cycle-label");
  }
  y += 14;
  line(`<circle cx="${x + 10}" cy="${y}" r="6" fill="#0d47a1"/>`, t("calendar.legend.meeting"), "legend");
  for (const status of Object.keys(STATUS_COLOUR) as DutyStatus[]) {
    line(
      `<rect x="${x + 5}" y="${y - 5}" width="10" height="10" transform="rotate(45 ${x + 10} ${y})" fill="${STATUS_COLOUR[status]}"/>`,
      `${t("calendar.legend.duty")}: ${t(`calendar.dutyStatus.${status}` as MessageKey, { days: 0 }).replace(/\s*\(.*\)$/, "")}`,
      "legend",
    );
  }
  y += 14;
  for (const [i, ring] of model.rings.entries()) {
    line(`<text x="${x + 4}" y="${y + 5}" font-size="13" fill="#546e7a">${i + 1}.</text>`, t(`forumKind.${ring.kind}` as MessageKey), "legend");
  }
  return out;
}
