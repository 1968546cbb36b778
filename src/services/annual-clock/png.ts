/**
 * SVG → PNG with @resvg/resvg-js and DejaVu Sans from the dejavu-fonts-ttf package, so the text renders the same on
 * any machine (no system fonts). Recent pictures are kept in a small cache keyed by their SVG.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const CACHE_SIZE = 16;
const cache = new Map<string, Buffer>();

export function renderPng(svg: string): Buffer {
  const key = createHash("sha256").update(svg).digest("base64url");
  const hit = cache.get(key);
  if (hit) return hit;
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  })
    .render()
    .asPng();
  cache.set(key, png);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return png;
}
