/**
 * Configuration refusals through the real start command (`bin/start.ts` as a child process, no inherited
 * environment): the message names every problem, carries no stack trace, and the database file is never created.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TSX = join(root, "node_modules/.bin/tsx");
const START = join(root, "bin/start.ts");

interface Outcome {
  code: number | null;
  stderr: string;
  dir: string;
  dbPath: string;
}

/** Starts `bin/start.ts` in an empty directory with only `env` (plus PATH and HOME); kills it once it listens. */
function startWith(env: Record<string, string>): Promise<Outcome & { listened: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-config-"));
  const dbPath = join(dir, "data", "y.db");
  const child = spawn(TSX, [START], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", CONSOLE: "off", LOG_LEVEL: "info", DATABASE_PATH: dbPath, ...env },
  });
  let stderr = "";
  let listened = false;
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (!listened && /"msg":"listening"/.test(stderr)) {
      listened = true;
      child.kill("SIGTERM");
    }
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr, dir, dbPath, listened })));
}

function expectRefused(outcome: Outcome): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toMatch(/^Configuration refused, nothing was started: /);
  expect(outcome.stderr).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Error:/);
  expect(existsSync(outcome.dbPath)).toBe(false);
  expect(readdirSync(outcome.dir)).toEqual([]);
}

describe("start-up configuration refusals (bin/start.ts)", () => {
  it("refuses anonymous Teams under NODE_ENV=Production and prod, whatever the case", async () => {
    for (const NODE_ENV of ["Production", "prod", " PRODUCTION "]) {
      const outcome = await startWith({ NODE_ENV, TEAMS_ANONYMOUS: "on" });
      expectRefused(outcome);
      expect(outcome.stderr).toContain("TEAMS_ANONYMOUS=on is refused when NODE_ENV=production");
    }
  });

  it("refuses anonymous Teams when NODE_ENV is not set at all", async () => {
    const outcome = await startWith({ TEAMS_ANONYMOUS: "on" });
    expectRefused(outcome);
    expect(outcome.stderr).toContain("TEAMS_ANONYMOUS=on needs NODE_ENV=development (or test) set explicitly");
  });

  it("refuses a one-character Slack signing secret in production", async () => {
    const outcome = await startWith({ NODE_ENV: "production", SLACK_BOT_TOKEN: "xoxb-1234567890-1234567890-abcdefghij", SLACK_SIGNING_SECRET: "x" });
    expectRefused(outcome);
    expect(outcome.stderr).toContain("SLACK_SIGNING_SECRET is too short (1 characters, at least 32 in production)");
  });

  it("names every missing half of every pair in one message", async () => {
    const outcome = await startWith({
      NODE_ENV: "development",
      TEAMS_APP_ID: "00000000-0000-0000-0000-000000000001",
      SLACK_BOT_TOKEN: "xoxb-1",
      PORT: "99999",
    });
    expectRefused(outcome);
    expect(outcome.stderr).toContain("4 problems:");
    for (const missing of ["PORT must be a port number", "SLACK_SIGNING_SECRET is empty", "TEAMS_APP_PASSWORD is empty", "TEAMS_TENANT_ID is empty"]) {
      expect(outcome.stderr).toContain(missing);
    }
  });

  it("refuses an unknown NODE_ENV instead of guessing", async () => {
    const outcome = await startWith({ NODE_ENV: "staging" });
    expectRefused(outcome);
    expect(outcome.stderr).toContain('NODE_ENV must be production, development or test, got "staging"');
  });

  it("refuses a seed file that is not a valid agreement and leaves no database behind", async () => {
    const outcome = await startWith({ NODE_ENV: "development", SEED_FILE: join(root, "test/fixtures/agreements/malformed-yaml.yml") });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/Configuration refused: SEED_FILE .*malformed-yaml\.yml is not a valid agreement file:\n[\s\S]*Line \d+, column \d+/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(outcome.dbPath)).toBe(false);
  });

  it("starts anonymous Teams when NODE_ENV says development in any spelling", async () => {
    const outcome = await startWith({ NODE_ENV: "DEV", TEAMS_ANONYMOUS: "On" });
    expect(outcome.listened).toBe(true);
    expect(outcome.stderr).toContain("Teams endpoint is anonymous");
    expect(existsSync(outcome.dbPath)).toBe(true);
  });
});
