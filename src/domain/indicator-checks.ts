/**
 * Checks of an indicator value before it is stored (issue 15 point 8): no year after the current one, a percentage
 * within 0–100, and a value far from the series (baseline and earlier years) is asked about first. Pure.
 *
 * @example isFarFromSeries(24, [2.4, 2.3, 2.2]) // true: a typo for 2,4 is caught before it is stored
 */
export function isPercentUnit(unit: string): boolean {
  return /^\s*%\s*$|prosent|percent|procent/i.test(unit);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Far means more than three times the series' own spread from its median, where the spread is at least a fifth of
 * the median's size (a flat series still allows ordinary yearly change).
 */
export function isFarFromSeries(value: number, series: readonly number[]): boolean {
  if (series.length === 0) return false;
  const m = median(series);
  const spread = Math.max(Math.max(...series) - Math.min(...series), Math.abs(m) * 0.2, 1e-9);
  return Math.abs(value - m) > 3 * spread;
}
