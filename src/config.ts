/**
 * Configuration from the environment (names fixed in DESIGN "Configuration"; `.env.example` documents each),
 * validated in one place before anything is opened (issue 16 §1): every problem is collected and reported in one
 * message that says what to fix and where to find the value, so a refused start leaves the database untouched.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSotkanetConfig, type SotkanetConfig } from "./config-sotkanet.js";
import { parseNodeEnv, parseSwitch, type NodeEnv } from "./config-values.js";

export interface Config {
  env: NodeEnv;
  port: number;
  publicUrl: string;
  /** CALENDAR_UID_DOMAIN: the domain of iCalendar UIDs, stored at first start and fixed from then on. */
  calendarUidDomain?: string;
  /** CALENDAR_ORGANIZER: ORGANIZER of invites of forums without their own mailbox (else a no-reply address). */
  calendarOrganizer?: string;
  databasePath: string;
  /** Where the console and the CLI write the files a reply carries (EXPORT_DIR). */
  exportDir: string;
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
  /** Anonymous local testing of the Teams endpoint (Agents Playground), only when NODE_ENV says development or test. */
  teamsAnonymous: boolean;
  /** THL Sotkanet: where indicator values are fetched from, and when (issue 20). */
  sotkanet: SotkanetConfig;
}

/** A refused configuration: `problems` lists every one found, each a sentence that says what to fix. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

export const DEMO_SEED_FILE = fileURLToPath(new URL("../examples/keski-pohjanmaa.yml", import.meta.url));

/** Loads `.env` from the working directory when present (Node 20.12+), without overriding the real environment. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * Shortest secrets accepted in production. Slack issues 32-character signing secrets and long xoxb-/xapp- tokens;
 * Azure client secrets are 40 characters. Anything shorter is a placeholder or a paste cut short.
 */
export const MIN_SECRET_LENGTH = { SLACK_SIGNING_SECRET: 32, SLACK_BOT_TOKEN: 24, SLACK_APP_TOKEN: 24, TEAMS_APP_PASSWORD: 16 } as const;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const APP_TYPES = ["SingleTenant", "MultiTenant", "UserAssignedMSI"] as const;

/** Trimmed value, or undefined when unset or blank (a pasted secret with a trailing newline still works). */
const value = (v: string | undefined): string | undefined => (v === undefined || v.trim() === "" ? undefined : v.trim());

/**
 * Reads and validates the whole configuration.
 * @throws ConfigError listing every problem found.
 * @example const config = readConfig(process.env);
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = parseNodeEnv(env.NODE_ENV);
  if (!nodeEnv.ok) problems.push(`NODE_ENV must be production, development or test, got "${env.NODE_ENV}".`);
  const mode: NodeEnv = nodeEnv.ok ? nodeEnv.env : "production"; // an unknown NODE_ENV is checked as strictly as production
  const production = mode === "production";

  const port = Number(value(env.PORT) ?? 3978);
  const portOk = Number.isInteger(port) && port >= 0 && port <= 65535;
  if (!portOk) problems.push(`PORT must be a port number (0–65535), got "${env.PORT}".`);
  const publicUrl = (value(env.PUBLIC_URL) ?? `http://localhost:${portOk ? port : 3978}`).replace(/\/+$/, "");
  if (!URL.canParse(publicUrl) || !/^https?:$/.test(new URL(publicUrl).protocol)) {
    problems.push(`PUBLIC_URL must be a URL such as https://yhdyspinta.example.fi, got "${publicUrl}".`);
  }
  const calendarUidDomain = value(env.CALENDAR_UID_DOMAIN)?.toLowerCase();
  if (
    calendarUidDomain !== undefined &&
    !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(calendarUidDomain)
  ) {
    problems.push(`CALENDAR_UID_DOMAIN must be a domain name such as yhdyspinta.example.fi, got "${env.CALENDAR_UID_DOMAIN}".`);
  }
  const calendarOrganizer = value(env.CALENDAR_ORGANIZER);
  if (calendarOrganizer !== undefined && !/^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/.test(calendarOrganizer)) {
    problems.push(`CALENDAR_ORGANIZER must be an e-mail address such as kalenteri@hyvinvointialue.fi, got "${calendarOrganizer}".`);
  }
  const logLevel = value(env.LOG_LEVEL) ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}".`);
  const consoleSetting = parseSwitch(env.CONSOLE, "auto", ["on", "off", "auto"]);
  if (consoleSetting === undefined) problems.push(`CONSOLE must be on or off, got "${env.CONSOLE}".`);
  const anonymousSwitch = parseSwitch(env.TEAMS_ANONYMOUS, "off", ["on", "off"]);
  if (anonymousSwitch === undefined) problems.push(`TEAMS_ANONYMOUS must be on or off, got "${env.TEAMS_ANONYMOUS}".`);
  const teamsAnonymous = anonymousSwitch === "on";

  const databasePath = value(env.DATABASE_PATH) ?? "./data/yhdyspinta.db";
  const seedFile = value(env.SEED_FILE) ?? DEMO_SEED_FILE;
  const firstStart = databasePath !== ":memory:" && !existsSync(databasePath);
  if (firstStart && !existsSync(seedFile)) problems.push(`SEED_FILE ${seedFile} does not exist; the first start imports the region from it.`);

  const slack = readSlack(env, production, problems);
  const teams = readTeams(env, production, problems);
  const sotkanet = readSotkanetConfig(env, mode, problems);
  if (teamsAnonymous) {
    if (production) problems.push("TEAMS_ANONYMOUS=on is refused when NODE_ENV=production: it would accept activities from anyone.");
    else if (!nodeEnv.ok || !nodeEnv.explicit) {
      problems.push("TEAMS_ANONYMOUS=on needs NODE_ENV=development (or test) set explicitly: it accepts activities from anyone.");
    }
    if (teams) problems.push("TEAMS_ANONYMOUS=on and TEAMS_APP_ID are both set; keep TEAMS_APP_ID and set TEAMS_ANONYMOUS=off (or remove it).");
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: mode,
    port,
    publicUrl,
    calendarUidDomain,
    calendarOrganizer,
    databasePath,
    exportDir: value(env.EXPORT_DIR) ?? "./data/exports",
    seedFile,
    logLevel,
    console: consoleSetting as Config["console"],
    slack,
    teams,
    teamsAnonymous,
    sotkanet,
  };
}

/** Refuses a secret shorter than Slack or Azure ever issue, in production only (tests use short fakes). */
function checkLength(name: keyof typeof MIN_SECRET_LENGTH, secret: string, production: boolean, problems: string[]): void {
  const min = MIN_SECRET_LENGTH[name];
  if (production && secret.length < min)
    problems.push(`${name} is too short (${secret.length} characters, at least ${min} in production); copy the whole value again.`);
}

function readSlack(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): Config["slack"] {
  const botToken = value(env.SLACK_BOT_TOKEN);
  const signingSecret = value(env.SLACK_SIGNING_SECRET);
  const appToken = value(env.SLACK_APP_TOKEN);
  if (!botToken && !signingSecret && !appToken) return undefined;
  const before = problems.length;
  if (!botToken) problems.push("SLACK_BOT_TOKEN is empty; copy the Bot User OAuth Token (xoxb-…) from the Slack app's OAuth & Permissions page.");
  else if (!botToken.startsWith("xoxb-")) problems.push("SLACK_BOT_TOKEN must be the Bot User OAuth Token, which starts with xoxb-.");
  else checkLength("SLACK_BOT_TOKEN", botToken, production, problems);
  // Socket Mode does not verify signatures, but production keeps the secret so switching back to HTTP is safe.
  if (!signingSecret && (production || !appToken)) {
    problems.push("SLACK_SIGNING_SECRET is empty; copy it from the Slack app's Basic Information page (App Credentials).");
  } else if (signingSecret) checkLength("SLACK_SIGNING_SECRET", signingSecret, production, problems);
  if (appToken && !appToken.startsWith("xapp-")) problems.push("SLACK_APP_TOKEN must be an app-level token, which starts with xapp-.");
  else if (appToken) checkLength("SLACK_APP_TOKEN", appToken, production, problems);
  if (problems.length > before || !botToken) return undefined;
  return { botToken, signingSecret: signingSecret ?? "", appToken, apiUrl: value(env.SLACK_API_URL) };
}

function readTeams(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): Config["teams"] {
  const appId = value(env.TEAMS_APP_ID);
  const appPassword = value(env.TEAMS_APP_PASSWORD);
  const tenantId = value(env.TEAMS_TENANT_ID);
  const appType = value(env.TEAMS_APP_TYPE) ?? "SingleTenant";
  const before = problems.length;
  if (!(APP_TYPES as readonly string[]).includes(appType))
    problems.push(`TEAMS_APP_TYPE must be SingleTenant, MultiTenant or UserAssignedMSI, got "${appType}".`);
  if (!appId) {
    const set = [appPassword && "TEAMS_APP_PASSWORD", tenantId && "TEAMS_TENANT_ID"].filter(Boolean);
    if (set.length > 0) {
      problems.push(
        `TEAMS_APP_ID is empty but ${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set; copy the bot's Microsoft App ID from its Azure Bot resource (Configuration).`,
      );
    }
    return undefined;
  }
  if (appType === "UserAssignedMSI") {
    if (!tenantId) problems.push("TEAMS_TENANT_ID is empty; TEAMS_APP_TYPE=UserAssignedMSI needs the Directory (tenant) ID of the managed identity.");
    if (appPassword) problems.push("TEAMS_APP_PASSWORD must be empty when TEAMS_APP_TYPE=UserAssignedMSI (the managed identity has no secret).");
  } else {
    if (!appPassword) problems.push("TEAMS_APP_PASSWORD is empty; create a client secret in the bot's app registration (Certificates & secrets).");
    else checkLength("TEAMS_APP_PASSWORD", appPassword, production, problems);
    if (appType === "SingleTenant" && !tenantId) {
      problems.push("TEAMS_TENANT_ID is empty; a SingleTenant bot needs the Directory (tenant) ID of its app registration.");
    }
  }
  if (problems.length > before) return undefined;
  return { appId, appPassword, tenantId, appType: appType as (typeof APP_TYPES)[number], anonymous: false };
}
