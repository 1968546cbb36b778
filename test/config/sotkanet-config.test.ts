/** The THL Sotkanet settings: defaults, a weekly schedule off under NODE_ENV=test, and refusals that say what to fix. */
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../src/config.js";

const problems = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("Sotkanet configuration", () => {
  it("defaults to THL's public address, 30 s and Mondays at 05:15; the schedule is off in tests unless set", () => {
    expect(readConfig({}).sotkanet).toEqual({ url: "https://sotkanet.fi/rest/1.1", timeoutMs: 30_000, schedule: "15 5 * * 1" });
    expect(readConfig({ NODE_ENV: "test" }).sotkanet.schedule).toBeNull();
    expect(readConfig({ NODE_ENV: "test", SOTKANET_SCHEDULE: "0 3 * * *" }).sotkanet.schedule).toBe("0 3 * * *");
    expect(readConfig({ SOTKANET_SCHEDULE: "OFF" }).sotkanet.schedule).toBeNull();
    expect(readConfig({ SOTKANET_URL: "http://127.0.0.1:9/rest/1.1/", SOTKANET_TIMEOUT_SECONDS: "2.5" }).sotkanet).toMatchObject({
      url: "http://127.0.0.1:9/rest/1.1",
      timeoutMs: 2_500,
    });
  });

  it("refuses a bad URL, timeout or schedule, naming each", () => {
    expect(problems({ SOTKANET_URL: "sotkanet.fi", SOTKANET_TIMEOUT_SECONDS: "soon", SOTKANET_SCHEDULE: "weekly" })).toEqual([
      'SOTKANET_URL must be an http(s) URL such as https://sotkanet.fi/rest/1.1, got "sotkanet.fi".',
      'SOTKANET_TIMEOUT_SECONDS must be a number of seconds between 1 and 600, got "soon".',
      'SOTKANET_SCHEDULE must be a cron expression such as "15 5 * * 1" (Mondays 05:15) or off, got "weekly".',
    ]);
  });
});
