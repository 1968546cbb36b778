/**
 * Slack slash commands end to end over loopback: a signed `/forum JOHTO` to our server (demo region loaded) until
 * its reply reaches the response_url, against a bare Bolt app on the same kind of receiver (ExpressReceiver) whose
 * handler acks and responds with the same message ours sent (recorded once before the timing), so the bytes on the
 * wire and the strict fake's Block Kit check are the same on both sides and the ratio is what our path adds;
 * `/yhdyspinta help` shows the adapter's own overhead apart from the forum query. Also the reply against a bare app
 * that echoes one line (what the larger message costs besides), and the time to Slack's ack (the HTTP response). Goal: `/forum JOHTO` p50 ≤ 1.3× the bare app (issue 18 §5), the others ≤ 1.5×. Servers and the fake share one process;
 * the round trips are timed from that process too, ours and the bare app's turn about. The ack is timed from a
 * client on another thread: one on the servers' event loop would only read the ack after the command that
 * follows it had run.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ExpressReceiver } from "@slack/bolt";
import express from "express";
import { pino } from "pino";
import { slackAdapter } from "../adapters/slack/index.js";
import { startApp } from "../src/app.js";
import { readConfig } from "../src/config.js";
import { startFakeSlack } from "../test/e2e/slack/fake-slack-api.js";
import { formBody, postCommand, signatureHeaders } from "../test/e2e/slack/signed-request.js";
import { tempDbPath } from "../test/support/db.js";
import { performance } from "node:perf_hooks";
import { heading, report, summarize, threadClient, timePair, type Timing } from "./lib.js";

const SECRET = "bench-signing-secret";
const RUNS = 400;

/** What the bare app answers: per "<command> <text>", the message our server sent; anything else is echoed. */
type CannedReplies = Map<string, Record<string, unknown>>;

async function startBareBolt(apiUrl: string, canned: CannedReplies): Promise<{ url: string; close(): Promise<void> }> {
  const http = express();
  const router = express.Router();
  const receiver = new ExpressReceiver({ signingSecret: SECRET, router, endpoints: "/slack/events" });
  http.use(router);
  const app = new App({ receiver, authorize: async () => ({ botToken: "xoxb-bench" }), clientOptions: { slackApiUrl: apiUrl } });
  app.command(/^\/(forum|yhdyspinta)$/, async ({ ack, respond, command }) => {
    await ack();
    await respond(canned.get(`${command.command} ${command.text}`) ?? { text: command.text, response_type: "ephemeral" });
  });
  const server: Server = await new Promise((resolve) => {
    const s = http.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export default async function bench(): Promise<void> {
  heading("slack-command: signed slash command over loopback, our server vs a bare Bolt app sending the same message");
  const fake = await startFakeSlack();
  fake.users.set("UBENCH", { locale: "fi-FI", email: "marjatta.lehtinen@hva.example.fi" });
  const config = readConfig({
    NODE_ENV: "test",
    DATABASE_PATH: tempDbPath("yhdyspinta-bench-"),
    CONSOLE: "off",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  const ours = await startApp({ config: { ...config, port: 0 }, log: pino({ level: "silent" }), adapters: [slackAdapter], host: "127.0.0.1", cron: false });
  const canned: CannedReplies = new Map();
  const bare = await startBareBolt(fake.apiUrl, canned);
  const oursUrl = `http://127.0.0.1:${ours.port}/slack/events`;

  const client = threadClient();
  let seq = 0;
  /** A slash command's form fields as Slack posts them, its reply going to the fake's response_url `id`. */
  const commandFields = (id: string, slash: string, text: string) => ({
    team_id: "T0001",
    channel_id: "C0BENCH",
    user_id: "UBENCH",
    command: slash,
    text,
    response_url: fake.responseUrl(id),
    trigger_id: `t${seq}`,
  });
  /**
   * Sends one command and waits for its reply at the response_url. Resolves with the ack time: when `fromThread`,
   * as the client thread saw it (what Slack would see), else as this thread saw it.
   */
  const send = async (url: string, fromThread: boolean, slash = "/forum", text = "JOHTO"): Promise<number> => {
    const id = `b${++seq}`;
    const replied = fake.nextResponse(id);
    const fields = commandFields(id, slash, text);
    let ackMs: number;
    let status: number;
    if (fromThread) {
      const body = formBody(fields);
      const headers = { "content-type": "application/x-www-form-urlencoded", ...signatureHeaders(body, { secret: SECRET }) };
      ({ status, ms: ackMs } = await client.request(url, { method: "POST", headers, body }));
    } else {
      const started = performance.now();
      ({ status } = await postCommand(url, fields, { secret: SECRET }));
      ackMs = performance.now() - started;
    }
    if (status !== 200) throw new Error(`status ${status}`);
    await replied;
    return ackMs;
  };
  const command = (url: string, slash?: string, text?: string) => () => send(url, false, slash, text);
  /** Our server's reply to a command, as posted to the response_url (the bare app's canned answer). */
  const ourReply = async (slash: string, text: string): Promise<Record<string, unknown>> => {
    const id = `r${++seq}`;
    const replied = fake.nextResponse(id);
    const fields = commandFields(id, slash, text);
    await postCommand(oursUrl, fields, { secret: SECRET });
    return (await replied).body;
  };
  /** Ack latency alone, seen from the client thread; each reply is awaited (untimed) so no backlog builds up. */
  const ackPair = async (): Promise<[Timing, Timing]> => {
    const ackTimes = { ours: [] as number[], bare: [] as number[] };
    for (let i = 0; i < 20; i++) {
      await send(oursUrl, true);
      await send(bare.url, true);
    }
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (["ours", "bare"] as const) : (["bare", "ours"] as const);
      for (const which of order) ackTimes[which].push(await send(which === "ours" ? oursUrl : bare.url, true));
    }
    return [summarize(ackTimes.ours), summarize(ackTimes.bare)];
  };

  try {
    // Both servers warm first (JIT, statement caches, the start-up's garbage), or the first pair timed pays for it.
    for (let i = 0; i < 150; i++) {
      await command(oursUrl)();
      await command(bare.url)();
      await command(oursUrl, "/yhdyspinta", "help")();
      await command(bare.url, "/yhdyspinta", "help")();
    }
    report("/forum JOHTO → reply at response_url, vs a bare app echoing one line", ...(await timePair(command(oursUrl), command(bare.url), RUNS)));
    for (const [slash, text] of [
      ["/forum", "JOHTO"],
      ["/yhdyspinta", "help"],
    ] as const) {
      canned.set(`${slash} ${text}`, await ourReply(slash, text));
    }
    for (let i = 0; i < 50; i++) {
      await command(bare.url)();
      await command(bare.url, "/yhdyspinta", "help")();
    }
    console.log(`  same message for both: /forum JOHTO ${JSON.stringify(canned.get("/forum JOHTO")).length} bytes of JSON`);
    report("/forum JOHTO → reply at response_url", ...(await timePair(command(oursUrl), command(bare.url), RUNS)), "≤ 1.3×");
    report(
      "/yhdyspinta help → reply at response_url",
      ...(await timePair(command(oursUrl, "/yhdyspinta", "help"), command(bare.url, "/yhdyspinta", "help"), RUNS)),
      "≤ 1.5×",
    );
    report("/forum JOHTO → ack (HTTP response, seen from a client thread)", ...(await ackPair()), "≤ 1.5×");
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await client.close();
    await bare.close();
    await ours.close();
    await fake.close();
  }
}
