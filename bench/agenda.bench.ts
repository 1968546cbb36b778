/**
 * `npm run bench agenda`: the secretary's `agenda <MEETING>` view, the HTML export and `publishedAgenda` (what the
 * feed calls per meeting) with 60 proposals on the meeting, against `whoami` as the baseline in the same run.
 */
import { pino } from "pino";
import { openDatabase } from "../db/connection.js";
import { agendaItems } from "../db/schema/index.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { createCore } from "../src/commands/run.js";
import { publishedAgenda } from "../src/services/agenda/published.js";
import { buildMeeting, buildWorld } from "../test/builders.js";
import { heading, report, time } from "./lib.js";

const ITEMS = 60;
const RUNS = 300;

export default async function bench(): Promise<void> {
  heading(`agenda: ${ITEMS} proposals on one meeting`);
  const db = openDatabase(":memory:");
  const world = buildWorld(db);
  const meeting = buildMeeting(db, world.forum, "2027-10-13T13:00");
  for (let n = 1; n <= ITEMS; n++) {
    db.insert(agendaItems)
      .values({
        meetingId: meeting.id,
        number: n,
        title: `Asia ${n}`,
        description: "Kuvaus ".repeat(40),
        proposerId: n % 2 ? "jasen" : "svensk",
        partyId: "kaupunki",
        goalCodes: ["T3"],
        position: n,
        state: n % 5 ? "proposed" : "late",
        createdAt: 0,
        updatedAt: 0,
      })
      .run();
  }
  const clock = new ManualClock(Date.parse("2027-09-01T09:00:00Z"));
  const core = createCore({ db, clock, config: readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" }), log: pino({ level: "silent" }) });
  const say = (text: string) => core.handleCommand({ user: { platform: "console", id: "sihteeri" }, text });
  await say(`agenda publish ${meeting.id}`);
  const baseline = await time(() => say("whoami"), RUNS);
  report("agenda <MEETING> (secretary view)", await time(() => say(`agenda ${meeting.id}`), RUNS), baseline);
  report("agenda export html", await time(() => say(`agenda export ${meeting.id} html`), RUNS), baseline);
  report("publishedAgenda()", await time(() => publishedAgenda(db, meeting.id, "fi"), RUNS * 3), baseline);
  db.$client.close();
}
