/**
 * SVG → PNG with @resvg/resvg-js and DejaVu Sans from the dejavu-fonts-ttf package, so the text renders the same on
 * any machine (no system fonts). Recent pictures are kept in a small cache keyed by their SVG.
 *
 * Shaping a line of text costs resvg about 0.17 ms, however often it has drawn the same line, and a report's charts
 * repeat theirs (the years along each chart's foot, ten of them with ten years of history: issue 18). So the labels
 * our pictures write are drawn as outlines kept from the first time: resvg turns the label alone into paths once,
 * and every later picture places those paths where the text was. The picture is the same (placing by a transform
 * may shade an edge pixel a few levels differently: float rounding).
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Resvg as ResvgClass, ResvgRenderOptions } from "@resvg/resvg-js";
import { LruCache } from "../../memo.js";

const require = createRequire(import.meta.url);
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const OPTIONS: ResvgRenderOptions = { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" }, fitTo: { mode: "original" } };
const cache = new LruCache<string, Buffer>(16);
/** A label's look and words → its outlines drawn at (0, 0), or null when it cannot be drawn as paths. */
const outlines = new LruCache<string, string | null>(512);

/** The native renderer loads with the first picture, not at start-up (issue 18: the server's start and footprint). */
let Resvg: typeof ResvgClass | undefined;
const resvg = () => (Resvg ??= (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg);

export function renderPng(svg: string): Buffer {
  const key = createHash("sha256").update(svg).digest("base64url");
  const hit = cache.get(key);
  if (hit) return hit;
  const png = new (resvg())(textAsPaths(svg), OPTIONS).render().asPng();
  cache.set(key, png);
  return png;
}

/** `<text>` with only these attributes and plain words is drawn from kept outlines; any other stays text. */
const TEXT = /<text((?:\s+[a-z-]+="[^"<>]*")*)\s*>([^<]*)<\/text>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const LOOK = new Set(["font-size", "font-weight", "font-family", "text-anchor", "dominant-baseline", "fill"]);
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The SVG with each label written as `<text x y …look>words</text>` replaced by its outlines moved to (x, y). A label
 * needs its own size and colour (nothing inherited but the font family), as every label of ours has; one with any
 * other attribute (a transform, dx, a style) or inner markup is left to resvg as text.
 */
export function textAsPaths(svg: string): string {
  return svg.replace(TEXT, (text, attributes: string, words: string) => {
    let x: string | undefined;
    let y: string | undefined;
    const look: string[] = [];
    for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
      if (name === "x" && NUMBER.test(value!)) x = value;
      else if (name === "y" && NUMBER.test(value!)) y = value;
      else if (name === "class") continue;
      else if (LOOK.has(name!)) look.push(`${name}="${value}"`);
      else return text;
    }
    if (x === undefined || y === undefined || !look.some((a) => a.startsWith("font-size=")) || !look.some((a) => a.startsWith("fill="))) return text;
    const paths = outline(look.join(" "), words);
    return paths === null ? text : `<g transform="translate(${x} ${y})">${paths}</g>`;
  });
}

/** resvg's own outlines of one label at (0, 0), kept for the next picture. */
function outline(look: string, words: string): string | null {
  const key = `${look}>${words}`;
  const kept = outlines.get(key);
  if (kept !== undefined) return kept;
  const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" font-family="DejaVu Sans"><text x="0" y="0" ${look}>${words}</text></svg>`;
  const tree = new (resvg())(alone, OPTIONS).toString();
  const body = /<defs\/>\s*<g>([\s\S]*)<\/g>\s*<\/svg>\s*$/.exec(tree)?.[1];
  // Only plain filled paths are kept (no gradients, clips or images that would need their definitions).
  const paths = body !== undefined && /^(\s*<path [^<>]*\/>)*\s*$/.test(body) ? compact(body) : null;
  outlines.set(key, paths);
  return paths;
}

/** The paths as resvg wrote them with the spaces a path's grammar does not need (the same numbers: the same picture). */
function compact(body: string): string {
  return body
    .trim()
    .replace(/>\s+</g, "><")
    .replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/ ?([MLQCZ]) ?/g, "$1").replace(/ -/g, "-")}"`);
}
