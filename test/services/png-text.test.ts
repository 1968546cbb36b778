/**
 * Pictures draw their labels from outlines kept from the first time (src/services/annual-clock/png.ts): the picture
 * must be the one resvg draws from the text itself, for a report chart and the annual clock, in every language. The
 * outlines are placed by a transform rather than at the glyphs' own positions, which may move an edge pixel's shade
 * by a few levels (float rounding); nothing else may differ.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { textAsPaths } from "../../src/services/annual-clock/png.js";
import { renderIndicatorSvg } from "../../src/services/report/chart.js";
import { annualClockModel, renderAnnualClockSvg } from "../../src/services/annual-clock/index.js";
import { translator } from "../../src/i18n/catalog.js";
import { findRegion } from "../../src/services/regions.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";

const require = createRequire(import.meta.url);
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
/** The RGBA pixels resvg draws from an SVG. */
const pixels = (svg: string) =>
  new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" }, fitTo: { mode: "original" } }).render().pixels;

/** The labels as outlines draw what the text draws: at most one pixel in 2,000 a few shades off, none more. */
function expectSamePicture(svg: string): void {
  const asText = pixels(svg);
  const asOutlines = pixels(textAsPaths(svg));
  expect(asOutlines.length).toBe(asText.length);
  let differing = 0;
  let most = 0;
  for (let i = 0; i < asText.length; i++) {
    const d = Math.abs(asText[i]! - asOutlines[i]!);
    if (d > 0) differing++;
    most = Math.max(most, d);
  }
  expect(differing).toBeLessThanOrEqual(asText.length / 4 / 2000);
  expect(most).toBeLessThanOrEqual(24);
}

const tenYears = Array.from({ length: 10 }, (_, i) => ({ year: 2016 + i, value: 20 + Math.sin(i) * 5 }));
const chart = (title: string) =>
  renderIndicatorSvg({
    title,
    series: tenYears,
    baseline: { year: 2016, value: 21.5 },
    target: { year: 2027, value: 15 },
    reference: tenYears.map((v) => ({ year: v.year, value: v.value + 2 })),
    format: (v) => v.toFixed(1).replace(".", ","),
  });

describe("labels drawn from kept outlines", () => {
  it("give a report chart with ten years along its foot the picture its text gives", () => {
    const svg = chart("T1-M1 Lasten & nuorten <hyvinvointi> (%) — Äänekoski, Närpes");
    expect(textAsPaths(svg)).not.toContain("<text");
    expectSamePicture(svg);
    // A second chart reuses the years' outlines and still matches its own text.
    expectSamePicture(chart("T2-M3 Yksinäisyyttä kokevien osuus (%)"));
  });

  it("give the annual clock the picture its text gives, in Finnish, Swedish and English", () => {
    const db = openTestDb();
    const world = buildWorld(db);
    const hyte = buildForum(db, { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly" });
    buildMeeting(db, world.forum, "2027-03-28T13:00");
    buildMeeting(db, hyte, "2027-10-12T10:00");
    for (const locale of ["fi", "sv", "en"] as const) {
      const svg = renderAnnualClockSvg(annualClockModel(db, findRegion(db)!, 2027, Date.parse("2027-05-01T10:00:00Z")), locale, translator(locale));
      expect(textAsPaths(svg)).not.toContain("<text");
      expectSamePicture(svg);
    }
  });

  it("leave text they cannot place alone: a transform, a span inside, a size or colour inherited", () => {
    const kept = [
      '<text x="10" y="20" font-size="10" fill="#000" transform="rotate(90)">2025</text>',
      '<text x="10" y="20" font-size="10" fill="#000">20<tspan fill="red">25</tspan></text>',
      '<text x="10" y="20" fill="#000">2025</text>',
      '<text x="10" y="20" font-size="10">2025</text>',
      '<text x="1em" y="20" font-size="10" fill="#000">2025</text>',
    ];
    for (const text of kept) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30" font-family="DejaVu Sans" font-size="12">${text}</svg>`;
      expect(textAsPaths(svg)).toBe(svg);
    }
  });
});
