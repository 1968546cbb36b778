/**
 * SVG → PNG with @resvg/resvg-js and DejaVu Sans from the dejavu-fonts-ttf package, so the text renders the same on
 * any machine (no system fonts). Recent pictures are kept in a small cache keyed by their SVG.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Resvg as ResvgClass } from "@resvg/resvg-js";
import { LruCache } from "../../memo.js";

const require = createRequire(import.meta.url);
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const cache = new LruCache<string, Buffer>(16);

/** The native renderer loads with the first picture, not at start-up (issue 18: the server's start and footprint). */
let Resvg: typeof ResvgClass | undefined;

export function renderPng(svg: string): Buffer {
  const key = createHash("sha256").update(svg).digest("base64url");
  const hit = cache.get(key);
  if (hit) return hit;
  Resvg ??= (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg;
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  })
    .render()
    .asPng();
  cache.set(key, png);
  return png;
}
