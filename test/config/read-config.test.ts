/** `readConfig` in process: NODE_ENV spellings, switches, secret lengths in production, pairs named together. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { ConfigError, readConfig } from "../../src/config.js";

const refusal = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("configuration was accepted");
};

const SLACK_OK = { SLACK_BOT_TOKEN: "xoxb-1234567890-1234567890-abcdef", SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5" };
const TEAMS_OK = { TEAMS_APP_ID: "00000000-0000-0000-0000-000000000001", TEAMS_APP_PASSWORD: "a-forty-character-client-secret-value~~~", TEAMS_TENANT_ID: "t" };

describe("readConfig", () => {
  it("normalises NODE_ENV spellings and defaults to development", () => {
    expect(readConfig({ NODE_ENV: "Production", ...SLACK_OK }).env).toBe("production");
    expect(readConfig({ NODE_ENV: "prod", ...SLACK_OK }).env).toBe("production");
    expect(readConfig({ NODE_ENV: " dev " }).env).toBe("development");
    expect(readConfig({ NODE_ENV: "TEST" }).env).toBe("test");
    expect(readConfig({}).env).toBe("development");
    expect(refusal({ NODE_ENV: "prduction" })).toEqual(['NODE_ENV must be production, development or test, got "prduction".']);
  });

  it("checks an unknown NODE_ENV as strictly as production", () => {
    expect(refusal({ NODE_ENV: "staging", TEAMS_ANONYMOUS: "on" })).toContain(
      "TEAMS_ANONYMOUS=on is refused when NODE_ENV=production: it would accept activities from anyone.",
    );
  });

  it("allows anonymous Teams only under an explicit development or test NODE_ENV, and not beside an app id", () => {
    expect(readConfig({ NODE_ENV: "development", TEAMS_ANONYMOUS: "ON" }).teamsAnonymous).toBe(true);
    expect(readConfig({ NODE_ENV: "test", TEAMS_ANONYMOUS: "on" }).teamsAnonymous).toBe(true);
    expect(refusal({ TEAMS_ANONYMOUS: "on" })[0]).toMatch(/needs NODE_ENV=development \(or test\) set explicitly/);
    expect(refusal({ NODE_ENV: "PROD", TEAMS_ANONYMOUS: "on", ...SLACK_OK })[0]).toMatch(/refused when NODE_ENV=production/);
    expect(refusal({ NODE_ENV: "dev", TEAMS_ANONYMOUS: "on", ...TEAMS_OK })[0]).toMatch(/both set/);
    expect(refusal({ NODE_ENV: "dev", TEAMS_ANONYMOUS: "yes" })).toEqual(['TEAMS_ANONYMOUS must be on or off, got "yes".']);
  });

  it("refuses secrets shorter than any the platforms issue, in production only", () => {
    const production = { NODE_ENV: "production", SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", ...TEAMS_OK, TEAMS_APP_PASSWORD: "pw" };
    expect(refusal(production)).toEqual([
      "SLACK_BOT_TOKEN is too short (6 characters, at least 24 in production); copy the whole value again.",
      "SLACK_SIGNING_SECRET is too short (1 characters, at least 32 in production); copy the whole value again.",
      "TEAMS_APP_PASSWORD is too short (2 characters, at least 16 in production); copy the whole value again.",
    ]);
    expect(readConfig({ ...production, NODE_ENV: "test" }).slack?.signingSecret).toBe("s");
    expect(readConfig({ NODE_ENV: "production", ...SLACK_OK, ...TEAMS_OK }).teams?.appId).toBe(TEAMS_OK.TEAMS_APP_ID);
  });

  it("names every half-set pair, whatever the mode", () => {
    expect(refusal({ NODE_ENV: "test", SLACK_SIGNING_SECRET: "s", TEAMS_TENANT_ID: "t" })).toEqual([
      "SLACK_BOT_TOKEN is empty; copy the Bot User OAuth Token (xoxb-…) from the Slack app's OAuth & Permissions page.",
      "TEAMS_APP_ID is empty but TEAMS_TENANT_ID is set; copy the bot's Microsoft App ID from its Azure Bot resource (Configuration).",
    ]);
    expect(refusal({ NODE_ENV: "test", SLACK_BOT_TOKEN: "xapp-wrong", TEAMS_APP_ID: "a", TEAMS_APP_TYPE: "UserAssignedMSI", TEAMS_APP_PASSWORD: "p" })).toEqual(
      [
        "SLACK_BOT_TOKEN must be the Bot User OAuth Token, which starts with xoxb-.",
        "SLACK_SIGNING_SECRET is empty; copy it from the Slack app's Basic Information page (App Credentials).",
        "TEAMS_TENANT_ID is empty; TEAMS_APP_TYPE=UserAssignedMSI needs the Directory (tenant) ID of the managed identity.",
        "TEAMS_APP_PASSWORD must be empty when TEAMS_APP_TYPE=UserAssignedMSI (the managed identity has no secret).",
      ],
    );
  });

  it("trims pasted values and refuses an unknown log level or console switch", () => {
    expect(readConfig({ NODE_ENV: "test", SLACK_BOT_TOKEN: " xoxb-1\n", SLACK_SIGNING_SECRET: "s\n" }).slack).toMatchObject({
      botToken: "xoxb-1",
      signingSecret: "s",
    });
    expect(refusal({ NODE_ENV: "test", LOG_LEVEL: "verbose", CONSOLE: "maybe" })).toHaveLength(2);
  });
});

describe("the command line under a refused configuration", () => {
  it("exits 2 with every problem and opens no database", async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, TEAMS_ANONYMOUS: process.env.TEAMS_ANONYMOUS, DATABASE_PATH: process.env.DATABASE_PATH };
    const dbPath = join(mkdtempSync(join(tmpdir(), "yhdyspinta-cli-config-")), "never.db");
    Object.assign(process.env, { NODE_ENV: "Prod", TEAMS_ANONYMOUS: "on", DATABASE_PATH: dbPath });
    try {
      const err: string[] = [];
      const code = await runCli(
        ["export"],
        () => undefined,
        (s) => err.push(s),
      );
      expect(code).toBe(2);
      expect(err.join("\n")).toBe(
        "Configuration refused, nothing was opened: TEAMS_ANONYMOUS=on is refused when NODE_ENV=production: it would accept activities from anyone.",
      );
      expect(existsSync(dbPath)).toBe(false);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
