/**
 * Issue 14 §2: a burst (an agenda published to a 60-member forum) meets a 429 storm on Slack and on Teams and is
 * paced, not dropped: the real notifiers against the loopback fakes, the outbox the only layer that retries, each
 * target paused for its Retry-After, Teams' per-conversation and per-app windows kept. Sleeps and the pacing clock
 * are injected: nothing really waits.
 */
import { webApi } from "@slack/bolt";
import { CloudAdapter } from "botbuilder";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { reminders } from "../../db/schema/index.js";
import { createAuthentication } from "../../adapters/teams/auth.js";
import { createSlackNotifier } from "../../adapters/slack/notifier.js";
import { createTeamsNotifier } from "../../adapters/teams/notifier.js";
import { rememberActivity } from "../../adapters/teams/targets.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import type { Notifier, SendResult } from "../../src/conversation/notifier.js";
import { reply } from "../../src/conversation/reply.js";
import { queueForumPost, queuePersonNotice } from "../../src/services/broadcast.js";
import { newTickState, runRemindersTick } from "../../src/services/reminders/tick.js";
import { activity, startFakeConnector } from "../fixtures/teams/fake-connector.js";
import { startFakeSlack } from "../e2e/slack/fake-slack-api.js";
import { createTestCore } from "../support/core.js";
import { createConversationTargetStore } from "../../db/stores/conversation-targets.js";
import { openTestDb } from "../support/db.js";
import { seedAgendaForum, TEAMS_CHANNEL } from "./support/published-agenda.js";

const NOW = Date.parse("2027-09-01T09:00:00Z");
const log = pino({ level: "silent" });

interface Sent {
  ref: string;
  at: number;
  result: SendResult;
}

/** Virtual time for the outbox's pacing: `sleep` advances it, nothing waits. */
function virtualTime() {
  let now = 0;
  return {
    monotonic: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

/** Records each send's target, virtual time and answer; `before` runs first (the test steers the far side there). */
function recording(notifier: Notifier, time: { monotonic(): number }, before: (count: number) => void = () => {}): Notifier & { log: Sent[] } {
  const sends: Sent[] = [];
  return {
    platform: notifier.platform,
    log: sends,
    async send(target, message) {
      before(sends.length);
      const at = time.monotonic();
      const result = await notifier.send(target, message);
      sends.push({ ref: target.ref, at, result });
      return result;
    },
  };
}

async function publish(db: Db, meetingId: string): Promise<void> {
  const bot = createTestCore(db, NOW);
  expect(await bot.say("sihteeri", `agenda publish ${meetingId}`)).toContain("julkaistu");
}

/** The most sends to one ref inside any window of `windowMs` (virtual ms). */
function busiestWindow(sends: Sent[], windowMs: number): number {
  const times = sends.map((s) => s.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("a 429 storm", () => {
  it("on Slack: an agenda to 63 targets is paced by Retry-After and completed, each target once", async () => {
    const fake = await startFakeSlack();
    try {
      const db = openTestDb();
      const { meetingId, refs } = seedAgendaForum(db, 60, "slack");
      await publish(db, meetingId);
      const client = new webApi.WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
      const time = virtualTime();
      // The first 40 posts are answered 429 with Retry-After: 2.
      const slack = recording(createSlackNotifier({ client, log }), time, (count) => count < 40 && fake.rateLimitNext("chat.postMessage", 2));
      const deps = {
        db,
        clock: new ManualClock(NOW),
        config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }),
        log,
        notifiers: new Map([["slack" as const, slack as Notifier]]),
      };

      const report = await runRemindersTick(deps, newTickState(), time);
      expect(report).toMatchObject({ sent: refs.length, failed: 0, rateLimited: 40 });

      const delivered = fake.callsOf("chat.postMessage").filter((c) => c.ok);
      const perChannel = new Map<string, number>();
      for (const call of delivered) perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
      expect(perChannel.size).toBe(refs.length);
      expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
      // Retry-After honoured: every target answered 429 was tried again no sooner than two seconds later.
      for (const limited of slack.log.filter((s) => !s.result.ok)) {
        const next = slack.log.find((s) => s.ref === limited.ref && s.at > limited.at);
        expect(next?.at).toBeGreaterThanOrEqual(limited.at + 2000);
        expect(next?.result.ok).toBe(true);
      }
      const rows = db
        .select()
        .from(reminders)
        .all()
        .filter((r) => r.kind === "agenda_published");
      expect(rows.every((r) => r.state === "sent" && r.failures === 0)).toBe(true);
      expect(rows.filter((r) => r.attempts === 2)).toHaveLength(40); // the 429 and the delivery
    } finally {
      await fake.close();
    }
  });

  it("on Slack: posts to one channel go at most one per second", async () => {
    const fake = await startFakeSlack();
    try {
      const db = openTestDb();
      const { meetingId } = seedAgendaForum(db, 0, "slack");
      const forumId = db.select().from(reminders).all()[0]?.forumId ?? 1;
      for (let i = 0; i < 5; i++)
        queueForumPost(
          db,
          { kind: "agenda_published", key: `burst:${i}`, subject: `meeting:${meetingId}`, forumId, now: NOW },
          reply([{ kind: "text", text: `Päätös ${i}` }], { visibility: "channel" }),
        );
      const client = new webApi.WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
      const time = virtualTime();
      const slack = recording(createSlackNotifier({ client, log }), time);
      const deps = {
        db,
        clock: new ManualClock(NOW),
        config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }),
        log,
        notifiers: new Map([["slack" as const, slack as Notifier]]),
      };
      expect(await runRemindersTick(deps, newTickState(), time)).toMatchObject({ sent: 5, failed: 0 });
      expect(busiestWindow(slack.log, 1000)).toBe(1);
      expect(slack.log.at(-1)!.at - slack.log[0]!.at).toBeGreaterThanOrEqual(4000);
    } finally {
      await fake.close();
    }
  });

  it("a message queued while a paced burst is being sent joins it at once, not after the burst", async () => {
    const fake = await startFakeSlack();
    try {
      const db = openTestDb();
      const { meetingId } = seedAgendaForum(db, 0, "slack");
      const forumId = db.select().from(reminders).all()[0]?.forumId ?? 1;
      for (let i = 0; i < 10; i++)
        queueForumPost(
          db,
          { kind: "agenda_published", key: `burst:${i}`, subject: `meeting:${meetingId}`, forumId, now: NOW },
          reply([{ kind: "text", text: `Päätös ${i}` }], { visibility: "channel" }),
        );
      const client = new webApi.WebClient("xoxb-test", { slackApiUrl: fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
      const time = virtualTime();
      // While the third post to the channel goes out, a proposer's notice is queued in this process.
      const slack = recording(createSlackNotifier({ client, log }), time, (count) => {
        if (count === 2)
          queuePersonNotice(
            db,
            { kind: "proposer_notice", key: "mid-burst", subject: `meeting:${meetingId}`, now: NOW },
            "svensk",
            reply([{ kind: "text", text: "Ditt ärende godkändes" }]),
          );
      });
      const deps = {
        db,
        clock: new ManualClock(NOW),
        config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }),
        log,
        notifiers: new Map([["slack" as const, slack as Notifier]]),
      };
      expect(await runRemindersTick(deps, newTickState(), time)).toMatchObject({ sent: 11, failed: 0 });
      const notice = slack.log.find((s) => s.ref === "USWED")!;
      const lastPost = slack.log.filter((s) => s.ref === "CFORUM").at(-1)!;
      expect(notice.at).toBeLessThan(lastPost.at - 5000);
    } finally {
      await fake.close();
    }
  });

  it("on Teams: an agenda to 63 conversations and a burst to one channel keep Microsoft's windows through a 429 storm", async () => {
    const connector = await startFakeConnector();
    try {
      const db = openTestDb();
      const { meetingId, refs } = seedAgendaForum(db, 60, "teams");
      const clock = new ManualClock(NOW);
      const targets = createConversationTargetStore(db, "teams");
      for (const name of ["channel-message", "personal-message"])
        rememberActivity(targets, activity(name, { SERVICE_URL: connector.url }) as never, clock.now());
      await publish(db, meetingId);
      const forumId = db.select().from(reminders).all()[0]!.forumId!;
      for (let i = 0; i < 20; i++)
        queueForumPost(
          db,
          { kind: "agenda_published", key: `burst:${i}`, subject: `meeting:${meetingId}`, forumId, now: NOW },
          reply([{ kind: "text", text: `Päätös ${i}` }], { visibility: "channel" }),
        );
      // 30 connector calls in a row answered 429, half with Retry-After: 1, half with none (exponential back-off).
      connector.failNext(429, { retryAfter: 1, count: 15 });
      connector.failNext(429, { count: 15 });

      const adapter = new CloudAdapter(createAuthentication({ appId: "", appType: "MultiTenant", anonymous: true }));
      const time = virtualTime();
      const teams = recording(createTeamsNotifier({ adapter, targets, clock, log, botAppId: "" }), time);
      const deps = {
        db,
        clock,
        config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }),
        log,
        notifiers: new Map([["teams" as const, teams as Notifier]]),
      };
      const state = newTickState();
      let report = await runRemindersTick(deps, state, time);
      // Whatever a long back-off put back goes out on the next ticks.
      for (let tick = 0; tick < 5 && report.sent + report.retried > 0; tick++) {
        clock.advance(60_000);
        const next = await runRemindersTick(deps, state, time);
        report = { ...next, sent: report.sent + next.sent };
        if (next.sent + next.retried === 0) break;
      }
      const all = db.select().from(reminders).all();
      const rows = all.filter((r) => r.kind === "agenda_published" || r.kind === "decision_announced");
      expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
      expect(rows).toHaveLength(refs.length + 20);
      // Nothing twice: one successful send per row sent (the meeting's own due reminders went out too).
      expect(teams.log.filter((s) => s.result.ok)).toHaveLength(all.filter((r) => r.state === "sent").length);
      expect(teams.log.filter((s) => !s.result.ok).every((s) => !s.result.ok && s.result.rateLimited === true)).toBe(true);
      expect(teams.log.filter((s) => !s.result.ok)).toHaveLength(30);

      // Microsoft's windows per bot per conversation (7/1 s, 8/2 s, 60/30 s) and per app (50/1 s), in the sends made.
      const toChannel = teams.log.filter((s) => s.ref === TEAMS_CHANNEL);
      expect(busiestWindow(toChannel, 1000)).toBeLessThanOrEqual(7);
      expect(busiestWindow(toChannel, 2000)).toBeLessThanOrEqual(8);
      expect(busiestWindow(toChannel, 30_000)).toBeLessThanOrEqual(60);
      expect(busiestWindow(teams.log, 1000)).toBeLessThanOrEqual(50);
    } finally {
      await connector.close();
    }
  });
});
