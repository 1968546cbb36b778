/**
 * `npm run teams:package`: fills the manifest template and its fi/sv translations from .env / the environment,
 * draws the icons and writes manifests/teams/build/yhdyspinta-teams.zip (everything at the zip's root) to upload
 * to Teams. Refuses, saying what to set, when TEAMS_APP_ID or PUBLIC_URL is missing or malformed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { loadDotEnv } from "../../src/config.js";
import { teamsIcons } from "./icons.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_FILES = ["manifest.json", "fi-fi.json", "sv-se.json"] as const;
export const DEFAULT_OUTPUT = join(HERE, "build", "yhdyspinta-teams.zip");
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export class PackageError extends Error {
  override name = "PackageError";
}

/** The values the placeholders take; throws a PackageError that names the variable to set. */
export function placeholders(env: NodeJS.ProcessEnv): Record<string, string> {
  const appId = env.TEAMS_APP_ID?.trim();
  if (!appId) throw new PackageError("TEAMS_APP_ID is empty: set it in .env to the bot's Microsoft App ID (Azure Bot resource → Configuration) and run again.");
  if (!GUID.test(appId)) throw new PackageError(`TEAMS_APP_ID must be a GUID such as 00000000-0000-0000-0000-000000000000, got "${appId}".`);
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, "");
  if (!publicUrl?.startsWith("https://")) {
    throw new PackageError(`PUBLIC_URL must be the public https address of the bot (e.g. https://yhdyspinta.example.fi), got "${publicUrl ?? ""}".`);
  }
  const pkg = JSON.parse(readFileSync(join(HERE, "../../package.json"), "utf8")) as { version: string };
  return { TEAMS_APP_ID: appId, PUBLIC_URL: publicUrl, PUBLIC_HOST: new URL(publicUrl).host, APP_VERSION: env.TEAMS_APP_VERSION?.trim() || pkg.version };
}

export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_whole, key: string) => {
    if (!(key in values)) throw new PackageError(`The manifest template uses {{${key}}}, which has no value.`);
    return values[key]!;
  });
}

/** The package's files: filled JSON files and the two icons. */
export function packageFiles(env: NodeJS.ProcessEnv): Record<string, Uint8Array> {
  const values = placeholders(env);
  const files: Record<string, Uint8Array> = {};
  for (const name of TEMPLATE_FILES) files[name] = strToU8(fillTemplate(readFileSync(join(HERE, name), "utf8"), values));
  return { ...files, ...teamsIcons() };
}

export function writePackage(env: NodeJS.ProcessEnv, output = DEFAULT_OUTPUT): string {
  const zip = zipSync(packageFiles(env), { level: 9 });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, zip);
  return output;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    loadDotEnv();
    const output = writePackage(process.env, process.env.TEAMS_PACKAGE_OUTPUT || DEFAULT_OUTPUT);
    console.log(`Wrote ${output}. Upload it in Teams: Apps → Manage your apps → Upload an app.`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`teams:package: ${error.message}`);
    process.exitCode = 1;
  }
}
