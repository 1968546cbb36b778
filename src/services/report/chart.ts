/**
 * A small line chart per indicator: its yearly values as a line (d3-shape), the baseline and the target as dashed
 * lines, years along the bottom. SVG text uses DejaVu Sans so the PNG (resvg, same stack as the annual clock)
 * looks the same everywhere.
 */
import { line } from "d3-shape";
import { escapeHtml } from "../../calendar/html.js";
import type { YearValue } from "../goals/progress.js";

export interface ChartInput {
  title: string;
  series: YearValue[];
  baseline: YearValue;
  target: YearValue;
  /** The whole country's values (THL Sotkanet), drawn as a grey reference line. */
  reference?: YearValue[];
  format: (value: number) => string;
}

const W = 360;
const H = 180;
const PAD = { left: 44, right: 16, top: 28, bottom: 28 };

/** Year labels are this far apart at least (a year is about 25 px wide at 10 px): ten years of history would touch. */
const TICK_GAP = 36;

/**
 * The years labelled along the foot: the first and the last always, and between them, from the left, each year at
 * least `TICK_GAP` from the label before it and from the last one. A few years get a label each; ten or more
 * every other or third year, so that none touches its neighbour.
 */
export function tickYears(years: readonly number[], x: (year: number) => number): number[] {
  const all = [...new Set(years)].sort((a, b) => a - b);
  if (all.length <= 2) return all;
  const last = all[all.length - 1]!;
  const kept = [all[0]!];
  for (const year of all.slice(1, -1)) {
    if (x(year) - x(kept[kept.length - 1]!) >= TICK_GAP && x(last) - x(year) >= TICK_GAP) kept.push(year);
  }
  kept.push(last);
  return kept;
}

export function renderIndicatorSvg(input: ChartInput): string {
  const reference = input.reference ?? [];
  const years = [input.baseline.year, input.target.year, ...input.series.map((v) => v.year), ...reference.map((v) => v.year)];
  const values = [input.baseline.value, input.target.value, ...input.series.map((v) => v.value), ...reference.map((v) => v.value)];
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const spanV = v1 - v0 || 1;
  const x = (year: number) => PAD.left + ((year - y0) / (y1 - y0 || 1)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - ((value - v0) / spanV) * (H - PAD.top - PAD.bottom);
  const path =
    line<YearValue>()
      .x((d) => x(d.year))
      .y((d) => y(d.value))(input.series) ?? "";
  const referencePath =
    reference.length > 1
      ? `<path d="${
          line<YearValue>()
            .x((d) => x(d.year))
            .y((d) => y(d.value))(reference) ?? ""
        }" fill="none" stroke="#999" stroke-width="1.5" stroke-dasharray="2 2"/>`
      : "";
  const hline = (value: number, color: string, label: string) =>
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="${color}" stroke-dasharray="4 3"/>` +
    `<text x="${PAD.left - 4}" y="${(y(value) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="${color}">${escapeHtml(label)}</text>`;
  const ticks = tickYears(years, x)
    .map((year) => `<text x="${x(year).toFixed(1)}" y="${H - 8}" font-size="10" text-anchor="middle" fill="#444">${year}</text>`)
    .join("");
  const dots = input.series.map((d) => `<circle cx="${x(d.year).toFixed(1)}" cy="${y(d.value).toFixed(1)}" r="3" fill="#1f5fa8"/>`).join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${PAD.left}" y="16" font-size="12" font-weight="bold" fill="#222">${escapeHtml(input.title)}</text>`,
    hline(input.baseline.value, "#888", input.format(input.baseline.value)),
    hline(input.target.value, "#2a8a3e", input.format(input.target.value)),
    referencePath,
    `<path d="${path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>`,
    dots,
    ticks,
    `</svg>`,
  ].join("");
}
