/** The annual clock (vuosikello): model, SVG and PNG. */
export { annualClockModel, publicAnnualClock, readableAnnualClock, type AnnualClockModel, type ClockRing } from "./model.js";
export { renderAnnualClockSvg, CLOCK_SIZE } from "./svg.js";
export { renderPng } from "./png.js";
export { annualClockUrl } from "./url.js";
