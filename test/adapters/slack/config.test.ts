import { describe, expect, it } from "vitest";
import { slackAdapter } from "../../../adapters/slack/index.js";
import { ConfigError, readConfig } from "../../../src/config.js";

describe("Slack configuration", () => {
  it("refuses to start in production with an empty signing secret, saying where to find it", () => {
    const env = { NODE_ENV: "production", SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: " " };
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(/SLACK_SIGNING_SECRET is empty; copy it from the Slack app's Basic Information page/);
    expect(() => readConfig({ ...env, SLACK_APP_TOKEN: "xapp-1" })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("turns Slack on only when credentials are set, in HTTP or Socket Mode", () => {
    expect(slackAdapter.enabled(readConfig({}))).toBe(false);
    const http = readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api/" });
    expect(slackAdapter.enabled(http)).toBe(true);
    expect(http.slack).toMatchObject({ apiUrl: "http://127.0.0.1:9/api/", appToken: undefined });
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack?.appToken).toBe("xapp-1");
  });
});
