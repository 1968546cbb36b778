/**
 * Where the bot token for a workspace comes from. One workspace with a configured token now; the interface is
 * what an OAuth installation store (multi-workspace) will implement later without touching the listeners.
 */
import type { Authorize, AuthorizeResult } from "@slack/bolt";

export interface WorkspaceQuery {
  teamId?: string;
  enterpriseId?: string;
}

export interface BotInstallation {
  botToken: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

export interface TokenStore {
  find(query: WorkspaceQuery): Promise<BotInstallation | undefined>;
}

/** Asks Slack who a token belongs to (auth.test). */
export type VerifyToken = (token: string) => Promise<{ botUserId?: string; botId?: string; teamId?: string }>;

/**
 * The configured bot token for every request; auth.test is called once, on first use, to learn the bot's own
 * user id (Bolt uses it to ignore the bot's own events).
 */
export function singleWorkspaceTokenStore(botToken: string, verify: VerifyToken): TokenStore {
  let identity: Promise<BotInstallation> | undefined;
  return {
    find() {
      identity ??= verify(botToken).then(
        (who) => ({ botToken, ...who }),
        (error: unknown) => {
          identity = undefined;
          throw error;
        },
      );
      return identity;
    },
  };
}

/** Bolt's `authorize` over a token store. */
export function authorizeWith(store: TokenStore): Authorize<boolean> {
  return async (source): Promise<AuthorizeResult> => {
    const found = await store.find({ teamId: source.teamId, enterpriseId: source.enterpriseId });
    if (!found) throw new Error(`no Slack installation for team ${source.teamId ?? "?"}`);
    return { botToken: found.botToken, botUserId: found.botUserId, botId: found.botId, teamId: found.teamId ?? source.teamId };
  };
}
