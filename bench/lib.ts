/**
 * Bench helpers: time a function many times, print the figure next to a baseline measured in the same run, with
 * their ratio. Benches print; they never fail a build on speed.
 */
import { performance } from "node:perf_hooks";

export interface Timing {
  p50: number;
  p99: number;
  mean: number;
  runs: number;
}

export async function time(fn: () => unknown | Promise<unknown>, runs: number, warmup = Math.min(10, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99), mean: samples.reduce((a, b) => a + b, 0) / runs, runs };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Prints "name: figure (baseline: …) ratio ×" with an optional goal. */
export function report(name: string, measured: Timing, baseline: Timing, goal?: string): void {
  const ratio = measured.p50 / baseline.p50;
  console.log(
    `${name}: p50 ${ms(measured.p50)} p99 ${ms(measured.p99)} | baseline p50 ${ms(baseline.p50)} p99 ${ms(baseline.p99)} | ratio ${ratio.toFixed(2)}×${goal ? ` (goal ${goal})` : ""}`,
  );
}

export function heading(title: string): void {
  console.log(`\n# ${title}`);
}
