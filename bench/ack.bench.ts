/**
 * `npm run bench ack`: Slack's ack must not wait for someone else's report (issue 18 §3). Our real server (Bolt on
 * its HTTP receiver) on the national database; a client on another thread sends signed `/forum JOHTO` commands at a
 * steady rate and times each HTTP 200 (the ack Slack waits 3 seconds for), first with nothing else running, then
 * while `/goal report 2025` (the yearly report of the demo region's ten years of history, with its files and PNG
 * charts) runs again and again, then while the report's downloads are fetched over HTTP back to back
 * (/reports/2025.html and the indicator charts as PNG, in turn, in three languages so that each picture is drawn).
 * Idle and busy phases alternate, so drift falls on all. Goal: p99 of the ack while reports render, and while they
 * are downloaded, ≤ 2× the idle p99.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { pino } from "pino";
import { slackAdapter } from "../adapters/slack/index.js";
import { startApp } from "../src/app.js";
import { readConfig } from "../src/config.js";
import { findRegion } from "../src/services/regions.js";
import { startFakeSlack } from "../test/e2e/slack/fake-slack-api.js";
import { formBody, postCommand, signatureHeaders } from "../test/e2e/slack/signed-request.js";
import { heading, summarize, type Timing } from "./lib.js";
import { nationalFile } from "./national.bench.js";

const SECRET = "bench-signing-secret";
/** One ack every INTERVAL_MS; each phase sends PER_PHASE of them; ROUNDS idle and busy phases each, turn about. */
const INTERVAL_MS = 20;
const PER_PHASE = 150;
const ROUNDS = 3;
/** Let the replies of the last phase's commands go out before the next phase starts. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

interface PacedClient {
  /** Sends the requests at a steady rate from the client's thread; resolves with each one's time to its 200. */
  send(url: string, requests: { headers: Record<string, string>; body: string }[]): Promise<number[]>;
  close(): Promise<number>;
}

/** One client thread for the whole bench: a fresh thread's first fetch loads its HTTP stack and would be timed. */
function pacedClient(): PacedClient {
  const worker = new Worker(new URL("./paced-client.worker.mjs", import.meta.url));
  return {
    send: (url, requests) =>
      new Promise<number[]>((resolve, reject) => {
        worker.once("message", ({ ms }: { ms: number[] }) => resolve(ms));
        worker.once("error", reject);
        worker.postMessage({ url, requests, intervalMs: INTERVAL_MS });
      }),
    close: () => worker.terminate(),
  };
}

const fmt = (t: Timing & { max: number }) => `p50 ${t.p50.toFixed(2)} ms, p99 ${t.p99.toFixed(2)} ms, max ${t.max.toFixed(1)} ms`;

export default async function ackBench(): Promise<void> {
  heading("ack: Slack slash-command ack p99 while national yearly reports render, and while they are downloaded, vs idle");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-ack-"));
  const national = nationalFile(dir, "national.db", { regions: 21, years: 10 });
  // The demo region's indicators (the served region's; the other regions have theirs).
  const indicators = (
    national.$client
      .prepare(
        "select i.code from indicators i join goals g on g.id = i.goal_id join agreements a on a.id = g.agreement_id where a.region_id = ? order by i.id",
      )
      .all(findRegion(national)!.id) as { code: string }[]
  ).map((r) => r.code);
  national.$client.close();
  const fake = await startFakeSlack();
  fake.users.set("UBENCH", { locale: "fi-FI", email: "marjatta.lehtinen@hva.example.fi" });
  const config = readConfig({
    NODE_ENV: "test",
    DATABASE_PATH: join(dir, "national.db"),
    CONSOLE: "off",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  const app = await startApp({ config: { ...config, port: 0 }, log: pino({ level: "silent" }), adapters: [slackAdapter], host: "127.0.0.1", cron: false });
  const url = `http://127.0.0.1:${app.port}/slack/events`;
  let seq = 0;
  const fields = (command: string, text: string) => {
    const id = `a${++seq}`;
    return {
      id,
      fields: { team_id: "T0001", channel_id: "C0BENCH", user_id: "UBENCH", command, text, response_url: fake.responseUrl(id), trigger_id: `t${seq}` },
    };
  };
  const signed = (count: number) =>
    Array.from({ length: count }, () => {
      const body = formBody(fields("/forum", "JOHTO").fields);
      return { headers: { "content-type": "application/x-www-form-urlencoded", ...signatureHeaders(body, { secret: SECRET }) }, body };
    });
  /** One yearly report through Slack, until its reply reaches the response_url; the time that took. */
  const report = async (): Promise<number> => {
    const { id, fields: f } = fields("/goal", "report 2025");
    const replied = fake.nextResponse(id);
    const started = performance.now();
    const { status } = await postCommand(url, f, { secret: SECRET });
    if (status !== 200) throw new Error(`report: status ${status}`);
    const posted = await replied;
    if (!JSON.stringify(posted.body).includes("2025")) throw new Error(`report: no report in the reply: ${JSON.stringify(posted.body)}`);
    return performance.now() - started;
  };

  /** The downloads in turn: the report's HTML, then each indicator's chart as PNG, each in fi, sv and en. */
  const paths = ["fi", "sv", "en"].flatMap((lang) => [
    `/reports/2025.html?lang=${lang}`,
    ...indicators.map((code) => `/reports/2025/${encodeURIComponent(code)}.png?lang=${lang}`),
  ]);
  let nextPath = 0;
  /** One download, read to its end; the time that took. */
  const download = async (): Promise<number> => {
    const path = paths[nextPath++ % paths.length]!;
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${app.port}${path}`);
    const body = await res.arrayBuffer();
    if (res.status !== 200 || body.byteLength === 0) throw new Error(`${path}: status ${res.status}`);
    return performance.now() - started;
  };
  /** The acks of one phase while `work` runs again and again; the times of each `work`, into `times`. */
  const busyPhase = async (work: () => Promise<number>, times: number[]): Promise<number[]> => {
    let running = true;
    const loop = (async () => {
      while (running) times.push(await work());
    })();
    const acks = await client.send(url, signed(PER_PHASE));
    running = false;
    await loop;
    await settle();
    fake.reset();
    return acks;
  };

  const client = pacedClient();
  const idle: number[] = [];
  const busy: number[] = [];
  const fetching: number[] = [];
  const reports: number[] = [];
  const downloads: number[] = [];
  try {
    // Warm both paths: the first report loads the renderers, the first commands compile their statements.
    for (let i = 0; i < 2; i++) await report();
    for (let i = 0; i < 3; i++) await download();
    await client.send(url, signed(50));
    await settle();
    for (let round = 0; round < ROUNDS; round++) {
      idle.push(...(await client.send(url, signed(PER_PHASE))));
      await settle();
      fake.reset();
      busy.push(...(await busyPhase(report, reports)));
      fetching.push(...(await busyPhase(download, downloads)));
    }
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await client.close();
    await app.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const failed = [...idle, ...busy, ...fetching].filter((ms) => ms === 0).length;
  if (failed > 0) throw new Error(`${failed} acks failed`);
  const [a, b, r, f, d] = [withMax(busy), withMax(idle), withMax(reports), withMax(fetching), withMax(downloads)];
  const ratio = a.p99 / b.p99;
  const fetchRatio = f.p99 / b.p99;
  console.log(`ack idle (${b.runs} commands, one every ${INTERVAL_MS} ms): ${fmt(b)}`);
  console.log(`ack while reports render (${a.runs} commands; ${r.runs} reports, each ${fmt(r)}): ${fmt(a)}`);
  console.log(
    `ack while report downloads are fetched (${f.runs} commands; ${d.runs} downloads of /reports/2025.html and chart PNGs, each ${fmt(d)}): ${fmt(f)}`,
  );
  console.log(`ack p99 while reports render vs idle: ratio ${ratio.toFixed(2)}× (goal ≤ 2×) — ${ratio <= 2 ? "met" : "NOT met"}`);
  console.log(`ack p99 while report downloads are fetched vs idle: ratio ${fetchRatio.toFixed(2)}× (goal ≤ 2×) — ${fetchRatio <= 2 ? "met" : "NOT met"}`);
}

function withMax(samples: number[]): Timing & { max: number } {
  const max = Math.max(...samples);
  return { ...summarize(samples), max };
}
