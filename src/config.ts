/**
 * Configuration from the environment (names fixed in DESIGN "Configuration"; `.env.example` documents each).
 * Start-up errors say what to fix and where to find the value.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Config {
  env: "production" | "development" | "test";
  port: number;
  publicUrl: string;
  databasePath: string;
  seedFile: string;
  logLevel: string;
  console: "on" | "off" | "auto";
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string };
  teams?: {
    appId: string;
    appPassword?: string;
    tenantId?: string;
    appType: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
    anonymous: boolean;
  };
  /** Anonymous local testing of the Teams endpoint (Agents Playground), never in production. */
  teamsAnonymous: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const DEMO_SEED_FILE = fileURLToPath(new URL("../examples/keski-pohjanmaa.yml", import.meta.url));

/** Loads `.env` from the working directory when present (Node 20.12+), without overriding the real environment. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

const blank = (v: string | undefined): v is undefined => v === undefined || v.trim() === "";

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}".`);
  const publicUrl = (blank(env.PUBLIC_URL) ? `http://localhost:${port}` : env.PUBLIC_URL).replace(/\/+$/, "");
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be a URL such as https://yhdyspinta.example.fi, got "${publicUrl}".`);
  }
  const production = nodeEnv === "production";
  const teamsAnonymous = env.TEAMS_ANONYMOUS === "on";
  if (production && teamsAnonymous) {
    throw new ConfigError("TEAMS_ANONYMOUS=on is refused when NODE_ENV=production: it would accept activities from anyone.");
  }

  let slack: Config["slack"];
  if (!blank(env.SLACK_BOT_TOKEN) || !blank(env.SLACK_SIGNING_SECRET) || !blank(env.SLACK_APP_TOKEN)) {
    if (blank(env.SLACK_BOT_TOKEN)) {
      throw new ConfigError("SLACK_BOT_TOKEN is empty; copy the Bot User OAuth Token (xoxb-…) from the Slack app's OAuth & Permissions page.");
    }
    if (blank(env.SLACK_SIGNING_SECRET) && (production || blank(env.SLACK_APP_TOKEN))) {
      throw new ConfigError("SLACK_SIGNING_SECRET is empty; copy it from the Slack app's Basic Information page (App Credentials).");
    }
    slack = {
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET ?? "",
      appToken: blank(env.SLACK_APP_TOKEN) ? undefined : env.SLACK_APP_TOKEN,
      apiUrl: blank(env.SLACK_API_URL) ? undefined : env.SLACK_API_URL,
    };
  }

  let teams: Config["teams"];
  const appType = env.TEAMS_APP_TYPE ?? "SingleTenant";
  if (appType !== "SingleTenant" && appType !== "MultiTenant" && appType !== "UserAssignedMSI") {
    throw new ConfigError(`TEAMS_APP_TYPE must be SingleTenant, MultiTenant or UserAssignedMSI, got "${appType}".`);
  }
  if (!blank(env.TEAMS_APP_ID)) {
    teams = {
      appId: env.TEAMS_APP_ID,
      appPassword: blank(env.TEAMS_APP_PASSWORD) ? undefined : env.TEAMS_APP_PASSWORD,
      tenantId: blank(env.TEAMS_TENANT_ID) ? undefined : env.TEAMS_TENANT_ID,
      appType,
      anonymous: false,
    };
  } else if (teamsAnonymous) {
    teams = { appId: "", appType, anonymous: true };
  } else if (production && (!blank(env.TEAMS_APP_PASSWORD) || !blank(env.TEAMS_TENANT_ID))) {
    throw new ConfigError(
      "TEAMS_APP_ID is empty; copy the bot's Microsoft App ID from its Azure Bot resource (Configuration). Without it the endpoint would accept anyone.",
    );
  }

  const consoleSetting = env.CONSOLE === "on" || env.CONSOLE === "off" ? env.CONSOLE : "auto";
  return {
    env: nodeEnv,
    port,
    publicUrl,
    databasePath: blank(env.DATABASE_PATH) ? "./data/yhdyspinta.db" : env.DATABASE_PATH,
    seedFile: blank(env.SEED_FILE) ? DEMO_SEED_FILE : env.SEED_FILE,
    logLevel: blank(env.LOG_LEVEL) ? "info" : env.LOG_LEVEL,
    console: consoleSetting,
    slack,
    teams,
    teamsAnonymous,
  };
}
