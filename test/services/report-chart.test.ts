/** The yearly report's indicator chart: years along its foot that can be read whatever the length of the history. */
import { describe, expect, it } from "vitest";
import { renderIndicatorSvg } from "../../src/services/report/chart.js";

const chart = (first: number, last: number, target: number) => {
  const series = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, value: 10 + i }));
  return renderIndicatorSvg({
    title: "T1-M1 Test",
    series,
    baseline: { year: first, value: 10 },
    target: { year: target, value: 5 },
    format: (v) => String(v),
  });
};
/** The year labels along the foot, with their x. */
const yearLabels = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="172"[^>]*>(\d{4})<\/text>/g)].map((m) => ({ x: Number(m[1]), year: Number(m[2]) }));

describe("the indicator chart's years", () => {
  it("labels every year of a short history, baseline to target", () => {
    expect(yearLabels(chart(2023, 2025, 2027)).map((l) => l.year)).toEqual([2023, 2024, 2025, 2027]);
  });

  it("labels ten years of history from the first to the target with no two labels touching", () => {
    const labels = yearLabels(chart(2016, 2025, 2027));
    expect(labels[0]!.year).toBe(2016);
    expect(labels.at(-1)!.year).toBe(2027);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels.length).toBeLessThan(12);
    // A year at 10 px is about 25 px wide: labels closer than that would overlap.
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(30);
  });
});
