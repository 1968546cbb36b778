/**
 * An HTTP client on its own thread, for latencies that a client sharing the server's event loop cannot see: the
 * server's synchronous work after it has answered (Slack's ack, then the command) would otherwise hold the answer
 * back until the work is done. Receives { id, url, method, headers, body }; answers { id, status, ms }.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";

parentPort.on("message", async ({ id, url, method, headers, body }) => {
  const started = performance.now();
  try {
    const res = await fetch(url, { method, headers, body });
    await res.arrayBuffer();
    parentPort.postMessage({ id, status: res.status, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id, status: 0, ms: 0, error: String(error) });
  }
});
