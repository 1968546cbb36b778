/**
 * Child process of the soak bench: the real app (HTTP server, Teams adapter, core, scheduler) over a temp SQLite
 * file, Teams pointed at the bench's loopback Bot Connector. Answers "memory" messages over IPC with its memory use,
 * so the bench measures the server alone, not its own load generator.
 */
import { pino } from "pino";
import { teamsAdapter } from "../adapters/teams/index.js";
import { openDatabase } from "../db/connection.js";
import { startApp } from "../src/app.js";
import { readConfig } from "../src/config.js";
import { keepHeapSmall } from "../src/http/idle-memory.js";
import { buildMeeting, buildWorld } from "../test/builders.js";
import { tempDbPath } from "../test/support/db.js";

const path = tempDbPath("yhdyspinta-soak-");
const db = openDatabase(path);
const world = buildWorld(db);
const meeting = buildMeeting(db, world.forum, "2027-03-10T13:00");
db.$client.close();

const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", CONSOLE: "off", TEAMS_ANONYMOUS: "on" });
// SOAK_IDLE_MEMORY=off: the baseline run, without the collection after a burst.
const idleMemory = process.env.SOAK_IDLE_MEMORY === "off" ? false : { idleMs: Number(process.env.SOAK_IDLE_MS ?? 10_000) };
const app = await startApp({ config, log: pino({ level: "silent" }), adapters: [teamsAdapter], host: "127.0.0.1", idleMemory });
// As bin/start.ts does once the server listens.
keepHeapSmall();

export interface SoakMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  sockets: number;
}

async function memory(): Promise<SoakMemory> {
  const m = process.memoryUsage();
  const sockets = await new Promise<number>((resolve) => app.server.getConnections((_e, n) => resolve(n)));
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, sockets };
}

process.on("message", (message: { type: string }) => {
  if (message.type === "memory") void memory().then((m) => process.send!({ type: "memory", memory: m }));
  if (message.type === "stop") void app.close().then(() => process.exit(0));
});
process.send!({ type: "ready", port: app.port, meetingId: meeting.id, pageKey: meeting.pageKey });
