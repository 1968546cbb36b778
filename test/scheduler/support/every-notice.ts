/**
 * One of every message a change causes, each made through the real command (or, for a channel the platform
 * refused, the real disable path), queued in the outbox and not yet sent: an invitation, a late proposal to the
 * secretary, the news to its proposer, a published agenda, a decision announcement, inspection requests, the
 * secretary's notice of a disabled channel and the admins' notice of a Sotkanet fetch that kept failing (the real
 * scheduled job against a port nobody listens on). Used by the crash test.
 */
import { pino } from "pino";
import type { Db } from "../../../db/connection.js";
import { channelBindings } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/clock.js";
import { disableBinding } from "../../../src/services/broadcast.js";
import { readConfig } from "../../../src/config.js";
import { startSotkanetJob } from "../../../src/scheduler/sotkanet-job.js";
import { createTestCore } from "../../support/core.js";
import { buildGoals, buildIndicator } from "../../support/goal-builders.js";
import { seedAgendaForum } from "./published-agenda.js";

export const NOTICE_SEED_KINDS = [
  "channel_disabled",
  "invitation",
  "late_proposal",
  "proposer_notice",
  "agenda_published",
  "decision_announced",
  "inspection_request",
  "indicator_fetch_failed",
] as const;

/** Seeds the forum and makes every change; returns the instant after the last one (send from then on). */
export async function seedEveryNotice(db: Db, members: number): Promise<number> {
  const { meetingId: M } = seedAgendaForum(db, members);
  // The day before the meeting on 13.10., past its agenda deadline; all within a notice's grace window of the end.
  const bot = createTestCore(db, Date.parse("2027-10-12T09:00:00Z"));
  const expect = async (person: string, text: string, want: string) => {
    const answer = await bot.say(person, text);
    if (!answer.includes(want)) throw new Error(`${text}: expected "${want}" in: ${answer}`);
  };
  const forumId = db.select().from(channelBindings).get()!.forumId;
  const dead = db.insert(channelBindings).values({ forumId, platform: "slack", channelRef: "CGONE" }).returning().get();
  disableBinding({ db, clock: new ManualClock(bot.clock.now()), log: pino({ level: "silent" }) }, dead.id, forumId, "channel_not_found");

  await expect("sihteeri", "schedule JOHTO 10.11.2027 13-15 Kokkola !", "JOHTO-2027-");
  await expect("jasen", `agenda add ${M} Myöhässä tuleva asia`, "3");
  await expect("sihteeri", `agenda accept ${M} #3`, "3");
  await expect("sihteeri", `agenda publish ${M}`, "julkaistu");
  bot.clock.set(Date.parse("2027-10-13T10:30:00Z")); // the meeting has started
  await expect("sihteeri", `decision ${M} 1 - Merkitään tiedoksi.`, "§");
  await expect("sihteeri", `minutes inspectors ${M} jasen svensk`, "Jussi");
  await expect("sihteeri", `minutes finish ${M}`, "jonossa");

  const { t3 } = buildGoals(db);
  buildIndicator(db, t3.id, { code: "T3-M9", sotkanetId: 5 });
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", SOTKANET_URL: "http://127.0.0.1:9", SOTKANET_TIMEOUT_SECONDS: "1" });
  const job = startSotkanetJob({ db, clock: new ManualClock(bot.clock.now()), config, log: pino({ level: "silent" }) }, { schedule: null, retryDelaysMs: [] });
  await job.runNow(); // fails at once (nothing listens), no retries left: the admins' notice is queued
  job.stop();
  return bot.clock.now() + 1000;
}
