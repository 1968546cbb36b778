/**
 * A paced HTTP client on its own thread: sends prepared requests at a steady rate whatever the server's thread is
 * doing (a timer on that thread would stop firing while it is blocked, and so never see the wait it causes), and
 * answers with each request's latency. Receives { url, requests: [{ headers, body }], intervalMs }; answers
 * { ms: number[] } (0 for a request that failed or did not answer 200), in the order sent.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

parentPort.on("message", async ({ url, requests, intervalMs }) => {
  const started = performance.now();
  const pending = requests.map(async ({ headers, body }, i) => {
    await sleep(started + i * intervalMs - performance.now());
    const sent = performance.now();
    try {
      const res = await fetch(url, { method: "POST", headers, body });
      await res.arrayBuffer();
      return res.status === 200 ? performance.now() - sent : 0;
    } catch {
      return 0;
    }
  });
  parentPort.postMessage({ ms: await Promise.all(pending) });
});
