/**
 * Nothing lost, nothing twice (issue 8): a child process ticking 1,000 due reminders is killed with SIGKILL while the
 * fake platform holds one send open; a restarted process delivers every reminder, repeating at most that one.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { reminders } from "../../db/schema/index.js";
import { tempDbPath } from "../support/db.js";
import { seedDueReminders } from "./support/due-reminders.js";
import { startFakePlatform, type FakePlatform } from "./support/fake-platform.js";

const WORKER = fileURLToPath(new URL("./crash-worker.ts", import.meta.url));
const NOW = Date.parse("2027-03-25T07:00:00Z");
const COUNT = 1000;

function runWorker(env: Record<string, string>): { exited: Promise<number | null>; pid: number } {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { exited, pid: child.pid! };
}

describe("crash during a tick", () => {
  let fake: FakePlatform;
  let path: string;

  beforeAll(async () => {
    fake = await startFakePlatform();
    path = tempDbPath("reminders-crash-");
    const db = openDatabase(path);
    seedDueReminders(db, COUNT, NOW, "crash");
    db.$client.close();
  });

  afterAll(async () => {
    await fake.close();
  });

  it("delivers every one of 1,000 reminders with at most one duplicate", async () => {
    const env = { DB: path, FAKE_URL: fake.url, NOW: String(NOW) };
    const first = runWorker(env);
    fake.onReceive = (_message, count) => {
      if (count !== 400) return;
      process.kill(first.pid, "SIGKILL"); // delivered, not yet marked: the one message that may repeat
      return false;
    };
    expect(await first.exited).toBeNull(); // killed by the signal
    const before = fake.received.length;
    expect(before).toBe(400);
    fake.onReceive = undefined;
    const second = runWorker(env);
    expect(await second.exited).toBe(0);

    const perRef = new Map<string, number>();
    for (const m of fake.received) perRef.set(m.ref, (perRef.get(m.ref) ?? 0) + 1);
    expect(perRef.size).toBe(COUNT);
    const duplicates = [...perRef.values()].filter((n) => n > 1);
    expect(duplicates.length).toBeLessThanOrEqual(1);
    expect(fake.received.length).toBeLessThanOrEqual(COUNT + 1);

    const db = openDatabase(path);
    const states = db.select({ state: reminders.state }).from(reminders).all();
    expect(states.every((r) => r.state === "sent")).toBe(true);
    db.$client.close();
  });
});
