/**
 * Bench helpers: time a function many times, print the figure next to a baseline measured in the same run, with
 * their ratio. Benches print; they never fail a build on speed.
 */
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

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
  return summarize(samples);
}

/**
 * Times two things turn about (ours, baseline, ours, …), so that whatever the machine does meanwhile — a noisy
 * neighbour, a GC, a CPU clock change — falls on both alike and the ratio stays meaningful. For the comparisons
 * of two servers in one process, where timing one after the other let drift decide the ratio.
 */
export async function timePair(
  ours: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  runs: number,
  warmup = Math.min(20, runs),
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    await ours();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first too, so neither always runs right after the other's garbage.
    const [first, second, firstSamples, secondSamples] = i % 2 === 0 ? [ours, baseline, a, b] : [baseline, ours, b, a];
    let start = performance.now();
    await first();
    firstSamples.push(performance.now() - start);
    start = performance.now();
    await second();
    secondSamples.push(performance.now() - start);
  }
  return [summarize(a), summarize(b)];
}

/** p50, p99 and mean of samples (sorted in place). */
export function summarize(samples: number[]): Timing {
  samples.sort((x, y) => x - y);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99), mean: samples.reduce((x, y) => x + y, 0) / samples.length, runs: samples.length };
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

export interface ThreadClient {
  /** Sends one request from the client thread; resolves with the status and the latency seen there. */
  request(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; ms: number }>;
  close(): Promise<void>;
}

/** An HTTP client on a worker thread (bench/http-client.worker.mjs), so the server's event loop is not the client's. */
export function threadClient(): ThreadClient {
  const worker = new Worker(new URL("./http-client.worker.mjs", import.meta.url));
  const waiting = new Map<number, (answer: { status: number; ms: number; error?: string }) => void>();
  let next = 0;
  worker.on("message", (answer: { id: number; status: number; ms: number; error?: string }) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  // A dead worker would leave every request waiting forever: fail them instead.
  const failAll = (reason: string) => {
    for (const answer of waiting.values()) answer({ status: 0, ms: 0, error: reason });
    waiting.clear();
  };
  worker.on("error", (error) => failAll(`client thread failed: ${String(error)}`));
  worker.on("exit", (code) => failAll(`client thread exited (${code})`));
  return {
    request(url, init) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, (answer) => (answer.error ? reject(new Error(answer.error)) : resolve(answer)));
        worker.postMessage({ id, url, ...init });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
