/**
 * Fills the Slack app manifest's ${PUBLIC_URL} with the deployment's public URL, or turns it into a Socket Mode
 * manifest (no request URLs). Prints the result, ready to paste into "Create New App → From a manifest".
 *
 * @example PUBLIC_URL=https://yhdyspinta.example.fi npx tsx manifests/slack/render-manifest.ts > slack-manifest.yml
 * @example npx tsx manifests/slack/render-manifest.ts --socket-mode
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseDocument } from "yaml";

export const SLACK_MANIFEST_FILE = fileURLToPath(new URL("./manifest.yml", import.meta.url));

export interface ManifestOptions {
  publicUrl: string;
  socketMode?: boolean;
}

export function renderSlackManifest(template: string, options: ManifestOptions): string {
  const base = options.publicUrl.replace(/\/+$/, "");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: `${PUBLIC_URL}` is the literal placeholder written in slack-app.yml
  const doc = parseDocument(template.replaceAll("${PUBLIC_URL}", base));
  if (options.socketMode) {
    doc.setIn(["settings", "socket_mode_enabled"], true);
    doc.deleteIn(["settings", "event_subscriptions", "request_url"]);
    doc.deleteIn(["settings", "interactivity", "request_url"]);
    const commands = doc.getIn(["features", "slash_commands"]) as { items: unknown[] } | undefined;
    for (const i of commands?.items.keys() ?? []) doc.deleteIn(["features", "slash_commands", i, "url"]);
  }
  return doc.toString({ lineWidth: 0 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { loadDotEnv, readConfig } = await import("../../src/config.js");
  loadDotEnv();
  const socketMode = process.argv.includes("--socket-mode");
  process.stdout.write(renderSlackManifest(readFileSync(SLACK_MANIFEST_FILE, "utf8"), { publicUrl: readConfig().publicUrl, socketMode }));
}
