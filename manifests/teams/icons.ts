/**
 * Our Teams icons, drawn as SVG and rendered to PNG with resvg: a 192×192 colour icon (two organisations joined by
 * a bridge on the accent colour) and a 32×32 outline icon, white on a transparent background as Teams requires.
 */
import { Resvg } from "@resvg/resvg-js";

export const ACCENT = "#1F6F8B";

export function colorSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" rx="36" fill="${ACCENT}"/>
  <circle cx="58" cy="96" r="30" fill="#FFFFFF"/>
  <circle cx="134" cy="96" r="30" fill="#F2B33D"/>
  <path d="M58 96 Q96 52 134 96" fill="none" stroke="#FFFFFF" stroke-width="10" stroke-linecap="round"/>
  <rect x="72" y="90" width="48" height="12" rx="6" fill="#FFFFFF"/>
</svg>`;
}

export function outlineSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <circle cx="9" cy="17" r="5.5" fill="none" stroke="#FFFFFF" stroke-width="2"/>
  <circle cx="23" cy="17" r="5.5" fill="none" stroke="#FFFFFF" stroke-width="2"/>
  <path d="M9 11.5 Q16 4 23 11.5" fill="none" stroke="#FFFFFF" stroke-width="2" stroke-linecap="round"/>
  <path d="M14.5 17 H17.5" stroke="#FFFFFF" stroke-width="2" stroke-linecap="round"/>
</svg>`;
}

/** Renders an SVG to a PNG of exactly `size`×`size` pixels; the background stays transparent where nothing is drawn. */
export function renderPng(svg: string, size: number): Uint8Array {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size }, background: "rgba(0,0,0,0)" }).render();
  return png.asPng();
}

export function teamsIcons(): { "color.png": Uint8Array; "outline.png": Uint8Array } {
  return { "color.png": renderPng(colorSvg(), 192), "outline.png": renderPng(outlineSvg(), 32) };
}
