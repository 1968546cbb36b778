/**
 * A forum of `members` members (each linked on Slack, a third of them in Swedish), one bound channel and a meeting
 * with two accepted items; the secretary publishes its agenda through the real command, which queues one outbox
 * row per member and channel. Used by the crash tests and the CLI test.
 */
import type { Db } from "../../../db/connection.js";
import { agendaItems, channelBindings, forumMembers } from "../../../db/schema/index.js";
import { buildMeeting, buildPerson, buildWorld } from "../../builders.js";
import { createTestCore } from "../../support/core.js";

export interface PublishedAgenda {
  meetingId: string;
  /** Slack refs that must each get the agenda once: the channel and every member but the publisher. */
  refs: string[];
}

/** The Teams channel of the forum in the Teams fixtures. */
export const TEAMS_CHANNEL = "19:johto-channel@thread.tacv2";

export function seedAgendaForum(db: Db, members: number, platform: "slack" | "teams" = "slack"): { meetingId: string; refs: string[] } {
  const world = buildWorld(db);
  const channel = platform === "slack" ? "CFORUM" : TEAMS_CHANNEL;
  db.insert(channelBindings).values({ forumId: world.forum.id, platform, channelRef: channel }).run();
  const refs = platform === "slack" ? [channel, "UMEMB", "USWED"] : [channel, "aad-memb", "aad-swed"];
  for (let i = 0; i < members; i++) {
    const ref = platform === "slack" ? `UM${String(i).padStart(3, "0")}` : `aad-m${i}`;
    const person = buildPerson(db, { id: `m${i}`, name: `Jäsen ${i}`, partyId: world.town.id, locale: i % 3 === 0 ? "sv" : "fi" }, { [platform]: ref });
    db.insert(forumMembers)
      .values({ forumId: world.forum.id, personId: person.id, role: "member", position: 10 + i })
      .run();
    refs.push(ref);
  }
  const meeting = buildMeeting(db, world.forum, "2027-10-13T13:00", { place: "Valtuustosali" });
  for (const [number, title] of [
    [1, "Kokouksen avaus"],
    [2, "Hyvinvointikertomus"],
  ] as const) {
    db.insert(agendaItems).values({ meetingId: meeting.id, number, title, state: "accepted", position: number, createdAt: 0, updatedAt: 0 }).run();
  }
  return { meetingId: meeting.id, refs };
}

/** Seeds the forum and publishes its agenda as the secretary; nothing is sent (no notifier, no scheduler here). */
export async function seedPublishedAgenda(db: Db, members: number, now: number): Promise<PublishedAgenda> {
  const seeded = seedAgendaForum(db, members);
  const bot = createTestCore(db, now);
  const answer = await bot.say("sihteeri", `agenda publish ${seeded.meetingId}`);
  if (!answer.includes("julkaistu")) throw new Error(`publish failed: ${answer}`);
  return seeded;
}
