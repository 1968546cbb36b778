/**
 * Child process for the parallel § test: opens its own connection to the database file and records `count`
 * decisions into one meeting as fast as it can, printing the § numbers it got.
 * Usage: node --import tsx test/services/decision-parallel-worker.ts <db> <meetingId> <count> <tag>
 */
import { openDatabase } from "../../db/connection.js";
import { recordDecision } from "../../src/services/decisions/record.js";
import { requireMeeting } from "../../src/services/meetings.js";
import { findRegion } from "../../src/services/regions.js";
import { forumById } from "../../src/services/forums.js";
import { useCaseOf } from "../support/use-case.js";

const [path, meetingId, count, tag] = process.argv.slice(2);
const db = openDatabase(path!);
const region = findRegion(db)!;
const meeting = requireMeeting(db, meetingId!);
const forum = forumById(db, meeting.forumId)!;
const sections: number[] = [];
for (let i = 0; i < Number(count); i++) {
  const row = recordDecision(useCaseOf(db, "sihteeri", Math.max(Date.now(), meeting.startsAt)), {
    region,
    forum,
    meeting,
    title: `${tag} ${i}`,
    decisionText: `${tag} ${i}`,
    goalIds: [],
  });
  sections.push(row.section);
}
process.stdout.write(`${JSON.stringify(sections)}\n`);
db.$client.close();
