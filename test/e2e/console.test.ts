/**
 * The real `npm start` process, driven through stdin/stdout like a person at the console: first start seeds the
 * demo region into a fresh database file; the same commands as in chat; switching person; /healthz answers; the
 * yearly report renders on its thread from dist/ as it does from the sources.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Running } from "../support/process.js";

let dir: string;
let app: Running;
let port: number;

beforeAll(async () => {
  // `npm start` runs the built JavaScript (dist/); build it now if the sources changed, outside the start's wait.
  expect(spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { stdio: "inherit" }).status).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "yhdyspinta-console-"));
  app = start("npm", ["start", "--silent"], {
    DATABASE_PATH: join(dir, "data", "y.db"),
    EXPORT_DIR: join(dir, "exports"),
    PORT: "0",
    CONSOLE: "on",
    LOG_LEVEL: "info",
    NODE_ENV: "development",
  });
  const [, p] = await app.waitFor(/"port":(\d+)/, "stderr");
  port = Number(p);
  await app.waitFor(/> $/);
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

/** Sends a line and returns what was printed until the next prompt. */
async function say(line: string): Promise<string> {
  const from = app.stdout().length;
  app.send(line);
  await app.waitFor(/> $/, "stdout", from + 1);
  return app.stdout().slice(from);
}

describe("console (npm start)", () => {
  it("creates the database file and seeds the demo region on first start", async () => {
    expect(existsSync(join(dir, "data", "y.db"))).toBe(true);
    expect(await say("foorumit")).toMatch(/JOHTO[\s\S]*HYTE[\s\S]*NEUV14/);
  });

  it("answers /healthz on the same process", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("runs commands in Finnish by default and in the language a person chooses", async () => {
    expect(await say("ohje")).toContain("Yhdyspinta — komennot");
    expect(await say("foorumi HYTE")).toContain("612/2021");
    const people = await say(":people");
    const swede = /^(\S+)\s+.*$/m.exec(people.split("\n").find((l) => l.trim() && !l.includes("(admin)"))!)![1]!;
    await say(`:as ${swede}`);
    expect(await say("språk sv")).toContain("svenska");
    expect(await say("hjälp")).toContain("Yhdyspinta — kommandon");
  });

  it("renders the yearly report on its own thread from the built files, and writes its files", async () => {
    const out = await say("report 2026");
    expect(out).toMatch(/(Yhteistyösopimuksen seuranta|Uppföljning av samarbetsavtalet) 2026/);
    expect(out).toContain("report-2026.md");
    expect(readdirSync(join(dir, "exports"))).toEqual(expect.arrayContaining(["report-2026.md", "report-2026.csv"]));
    expect(readdirSync(join(dir, "exports")).some((f) => f.endsWith(".png"))).toBe(true);
  });

  it("gives a hint, not a stack trace, for an unknown word", async () => {
    const out = await say("foorumt");
    expect(out).toMatch(/foorumit|foran/);
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("npm start without a terminal", () => {
  it("serves without the console and does not exit when stdin ends", async () => {
    const quiet = start("npm", ["start", "--silent"], {
      DATABASE_PATH: join(dir, "data", "y.db"),
      EXPORT_DIR: join(dir, "exports"),
      PORT: "0",
      CONSOLE: "",
      LOG_LEVEL: "info",
    });
    try {
      const [, p] = await quiet.waitFor(/"port":(\d+)/, "stderr");
      quiet.child.stdin.end();
      await new Promise((r) => setTimeout(r, 500));
      expect(quiet.child.exitCode).toBeNull();
      expect((await fetch(`http://127.0.0.1:${p}/healthz`)).status).toBe(200);
      expect(quiet.stdout()).not.toContain("> ");
    } finally {
      await quiet.stop();
    }
  });
});
