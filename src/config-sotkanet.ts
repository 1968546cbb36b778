/**
 * THL Sotkanet settings (issue 20): the REST base, the request timeout and when the scheduled fetch runs.
 * Sotkanet's terms ask for batch fetches, not online use, so the default is once a week at night.
 */
import { validate } from "node-cron";
import type { NodeEnv } from "./config-values.js";

export interface SotkanetConfig {
  /** REST base without a trailing slash, e.g. https://sotkanet.fi/rest/1.1 */
  url: string;
  timeoutMs: number;
  /** node-cron expression in the region's zone; null when the scheduled fetch is off. */
  schedule: string | null;
}

export const SOTKANET_DEFAULT_URL = "https://sotkanet.fi/rest/1.1";
/** Mondays at 05:15: after THL's weekend updates, before people open the goal view. */
export const SOTKANET_DEFAULT_SCHEDULE = "15 5 * * 1";

const value = (v: string | undefined): string | undefined => (v === undefined || v.trim() === "" ? undefined : v.trim());

/** Pushes what is wrong to `problems` (each a sentence that says what to fix). Off by default under NODE_ENV=test. */
export function readSotkanetConfig(env: NodeJS.ProcessEnv, mode: NodeEnv, problems: string[]): SotkanetConfig {
  const url = (value(env.SOTKANET_URL) ?? SOTKANET_DEFAULT_URL).replace(/\/+$/, "");
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    problems.push(`SOTKANET_URL must be an http(s) URL such as ${SOTKANET_DEFAULT_URL}, got "${env.SOTKANET_URL}".`);
  const seconds = Number(value(env.SOTKANET_TIMEOUT_SECONDS) ?? 30);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600)
    problems.push(`SOTKANET_TIMEOUT_SECONDS must be a number of seconds between 1 and 600, got "${env.SOTKANET_TIMEOUT_SECONDS}".`);
  const typed = value(env.SOTKANET_SCHEDULE);
  let schedule: string | null = typed ?? (mode === "test" ? null : SOTKANET_DEFAULT_SCHEDULE);
  if (typed?.toLowerCase() === "off") schedule = null;
  else if (schedule !== null && !validate(schedule))
    problems.push(`SOTKANET_SCHEDULE must be a cron expression such as "${SOTKANET_DEFAULT_SCHEDULE}" (Mondays 05:15) or off, got "${typed}".`);
  return { url, timeoutMs: Math.round(seconds * 1000), schedule };
}
