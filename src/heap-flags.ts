/**
 * V8 flags that keep the server's heap close to its live data (issue 18 §4), set once the server runs, and set
 * again after a worker thread starts: starting one puts V8's flags back (measured on the startup bench: after the
 * render thread started, the server's young generation grew from 8 to 32 MB, and resident memory right after
 * 1,000 mixed requests was ~170 MB instead of ~150 MB).
 */
import { setFlagsFromString } from "node:v8";

let kept = false;

/**
 * Keeps the heap close to its live data once the server runs: the young generation no longer grows
 * (`--semi-space-growth-factor=1`; it reaches 32 MB while the modules load and shrinks when idle) and the old one
 * grows by 20 % past its live data at each full collection instead of V8's 1.1–4× (`--heap-growing-percent=20`).
 * Measured on the national database, 1,000 mixed requests (bench/startup.bench.ts), same run: resident memory right
 * after them ~200 -> ~125 MB, after the idle collection ~165 -> ~117 MB, for ~10 % more CPU and about the same p50s.
 * (`--optimize-for-size` saved as much but took ~20 % more CPU, and ~70 ms more at start as a command-line flag.)
 * Set after the start, which the small young generation would slow down; V8 reads both at each sizing decision.
 */
export function keepHeapSmall(): void {
  kept = true;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=20");
}

/** Sets the flags again if the process keeps its heap small; a worker thread calls it once it is online. */
export function keepHeapSmallAgain(): void {
  if (kept) keepHeapSmall();
}
