/** Shared set-up of the agenda tests: a world, a meeting, a recording notifier, a bound channel and goals. */
import type { Db } from "../../db/connection.js";
import { agreements, channelBindings, goals } from "../../db/schema/index.js";
import type { Notifier, Target } from "../../src/conversation/notifier.js";
import type { Reply } from "../../src/conversation/reply.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "./core.js";
import { openTestDb } from "./db.js";

export interface Sent {
  target: Target;
  text: string;
  reply: Reply;
}

export function recordingNotifier(platform: "slack" | "teams" = "slack"): Notifier & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    platform,
    sent,
    async send(target, message) {
      sent.push({ target, text: renderReplyText(message), reply: message });
      return { ok: true };
    },
  };
}

export function agendaWorld(options: { meetingAt?: string; now?: string } = {}) {
  const db: Db = openTestDb();
  const world = buildWorld(db);
  const meeting = buildMeeting(db, world.forum, options.meetingAt ?? "2027-10-13T13:00", { place: "Kokkola, valtuustosali" });
  const next = buildMeeting(db, world.forum, "2028-03-15T13:00");
  const agreement = db
    .insert(agreements)
    .values({ regionId: "test", title: { fi: "Yhteistyösopimus" }, termStartsOn: "2025-06-01", status: "in_force" })
    .returning()
    .get();
  for (const [position, code] of ["T1", "T2", "T3"].entries()) {
    db.insert(goals)
      .values({ agreementId: agreement.id, code, area: "hyte", title: { fi: `Tavoite ${code}`, sv: `Mål ${code}` }, position })
      .run();
  }
  db.insert(channelBindings).values({ forumId: world.forum.id, platform: "slack", channelRef: "CJOHTO" }).run();
  // Messages go through the outbox; `say` then delivers them as the running bot's wake-up would.
  const bot: TestCore = createTestCore(db, Date.parse(options.now ?? "2027-09-01T09:00:00Z"), { deliverAfterSay: true });
  const notifier = recordingNotifier("slack");
  bot.notifiers.set("slack", notifier);
  return { db, ...world, meeting, next, bot, notifier };
}

export type AgendaWorld = ReturnType<typeof agendaWorld>;
