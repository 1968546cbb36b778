import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLASH_COMMANDS } from "../../../adapters/slack/listeners/commands.js";
import { renderSlackManifest, SLACK_MANIFEST_FILE } from "../../../manifests/slack/render-manifest.js";

const template = readFileSync(SLACK_MANIFEST_FILE, "utf8");

interface Manifest {
  display_information: { name: string; description: string; long_description: string };
  features: {
    slash_commands: { command: string; url?: string; usage_hint: string; description: string }[];
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

describe("Slack app manifest", () => {
  it("declares exactly the slash commands the adapter listens to, each with a usage hint, at PUBLIC_URL", () => {
    const manifest = parse(renderSlackManifest(template, { publicUrl: "https://yp.example.fi/" })) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([...SLASH_COMMANDS]);
    for (const command of manifest.features.slash_commands) {
      expect(command.url).toBe("https://yp.example.fi/slack/events");
      expect(command.usage_hint.length).toBeGreaterThan(0);
    }
    expect(manifest.settings.event_subscriptions.request_url).toBe("https://yp.example.fi/slack/events");
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: "https://yp.example.fi/slack/events" });
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened", "app_mention", "message.im"]);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description.length;
    expect(long).toBeGreaterThanOrEqual(175);
    expect(long).toBeLessThanOrEqual(4000);
    expect(manifest.display_information.long_description).toContain("hyvinvointialueen");
  });

  it("asks only for justified scopes, each with a comment saying why", () => {
    const manifest = parse(template) as Manifest;
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "files:read",
      "files:write",
      "im:history",
      "im:write",
      "users:read",
      "users:read.email",
    ]);
    const lines = template.split("\n");
    for (const scope of manifest.oauth_config.scopes.bot) {
      const at = lines.findIndex((l) => l.trim() === `- ${scope}`);
      expect(lines[at - 1]!.trim()).toMatch(new RegExp(`^# ${scope.replace(".", "\\.")}: \\w+`));
    }
  });

  it("turns into a Socket Mode manifest without request URLs", () => {
    const manifest = parse(renderSlackManifest(template, { publicUrl: "http://localhost:3978", socketMode: true })) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
    expect(manifest.settings.interactivity.request_url).toBeUndefined();
    expect(manifest.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
  });
});
