/**
 * The one place our Teams settings (TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID, TEAMS_APP_TYPE,
 * TEAMS_ANONYMOUS) become the SDK's configuration names. Anonymous mode (no app id) is for local tools and tests.
 */
import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory } from "botframework-connector";
import type { Config } from "../../src/config.js";

export type TeamsSettings = NonNullable<Config["teams"]>;

/** The SDK's configuration keys for our settings; throws a message that says which variable to fill. */
export function sdkOptions(teams: TeamsSettings): ConfigurationBotFrameworkAuthenticationOptions {
  if (teams.anonymous || !teams.appId) return { MicrosoftAppType: "MultiTenant" };
  if (teams.appType === "SingleTenant" && !teams.tenantId) {
    throw new Error("TEAMS_TENANT_ID is empty; a SingleTenant bot needs the Directory (tenant) ID of its app registration.");
  }
  if (teams.appType === "UserAssignedMSI" && (!teams.tenantId || teams.appPassword)) {
    throw new Error("TEAMS_APP_TYPE=UserAssignedMSI needs TEAMS_TENANT_ID and no TEAMS_APP_PASSWORD.");
  }
  if (teams.appType !== "UserAssignedMSI" && !teams.appPassword) {
    throw new Error("TEAMS_APP_PASSWORD is empty; create a client secret in the bot's app registration (Certificates & secrets).");
  }
  return {
    MicrosoftAppId: teams.appId,
    MicrosoftAppPassword: teams.appPassword,
    MicrosoftAppTenantId: teams.tenantId,
    MicrosoftAppType: teams.appType,
  };
}

/** The connector client's Azure core pipeline (not in botframework-connector's public types). */
interface PipelineHolder {
  client?: { pipeline?: { removePolicy(options: { phase: "Retry" }): unknown } };
}

/**
 * Connector clients without Azure core's retry phase (it retries 429s and 5xx three times on its own, and the SDK
 * gives no option to turn that off): the outbox is the one layer that retries and paces (issue 14 §2), so a send is
 * one request and a 429 reaches the outbox with its Retry-After.
 */
class SingleSendAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    return {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const client = await inner.create(serviceUrl, audience);
        (client as unknown as PipelineHolder).client?.pipeline?.removePolicy({ phase: "Retry" });
        return client;
      },
    } as ConnectorFactory;
  }
}

export function createAuthentication(teams: TeamsSettings): ConfigurationBotFrameworkAuthentication {
  return new SingleSendAuthentication(sdkOptions(teams));
}

/** The settings the adapter runs with: the configured app, or anonymous when only TEAMS_ANONYMOUS=on is set. */
export function teamsSettings(config: Config): TeamsSettings | undefined {
  if (config.teams) return config.teams;
  if (config.teamsAnonymous) return { appId: "", appType: "MultiTenant", anonymous: true };
  return undefined;
}
