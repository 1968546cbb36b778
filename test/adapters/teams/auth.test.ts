/** Our TEAMS_* settings as the SDK's configuration names, and clear refusals for incomplete settings. */
import { describe, expect, it } from "vitest";
import { sdkOptions, teamsSettings } from "../../../adapters/teams/auth.js";
import { readConfig } from "../../../src/config.js";

describe("Teams authentication settings", () => {
  it("maps our env names to the SDK's", () => {
    const config = readConfig({
      NODE_ENV: "test",
      TEAMS_APP_ID: "app",
      TEAMS_APP_PASSWORD: "secret",
      TEAMS_TENANT_ID: "tenant",
      TEAMS_APP_TYPE: "SingleTenant",
    });
    expect(sdkOptions(teamsSettings(config)!)).toEqual({
      MicrosoftAppId: "app",
      MicrosoftAppPassword: "secret",
      MicrosoftAppTenantId: "tenant",
      MicrosoftAppType: "SingleTenant",
    });
  });

  it("is off without an app id, anonymous only when asked", () => {
    expect(teamsSettings(readConfig({ NODE_ENV: "test" }))).toBeUndefined();
    const anonymous = teamsSettings(readConfig({ NODE_ENV: "test", TEAMS_ANONYMOUS: "on" }))!;
    expect(anonymous.anonymous).toBe(true);
    expect(sdkOptions(anonymous)).toEqual({ MicrosoftAppType: "MultiTenant" });
  });

  it("runs a managed identity without a secret", () => {
    const msi = teamsSettings(readConfig({ NODE_ENV: "test", TEAMS_APP_ID: "app", TEAMS_TENANT_ID: "t", TEAMS_APP_TYPE: "UserAssignedMSI" }))!;
    expect(sdkOptions(msi)).toMatchObject({ MicrosoftAppType: "UserAssignedMSI" });
  });
});
