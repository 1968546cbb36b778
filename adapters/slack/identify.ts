/**
 * Who is speaking: a Slack user id as a neutral UserRef. users.info (with `include_locale`) gives the Slack locale
 * (the core uses it when the person has chosen no language) and the e-mail the core links an unknown user by.
 * Answers are cached a while so a busy user costs one users.info call, not one per command (Tier 4 limit).
 */
import type { webApi } from "@slack/bolt";
import type { UserRef } from "../../src/conversation/input.js";
import type { Logger } from "../../src/log.js";
import { slackErrorCode } from "./slack-errors.js";
import { slashForm } from "./slash-form.js";

interface SlackProfile {
  locale?: string;
  email?: string;
}

export interface IdentifyOptions {
  log: Logger;
  now: () => number;
  ttlMs?: number;
  maxEntries?: number;
}

export type Identify = (client: webApi.WebClient, userId: string) => Promise<UserRef>;

export function createIdentify(options: IdentifyOptions): Identify {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const max = options.maxEntries ?? 5000;
  const cache = new Map<string, { at: number; profile: Promise<SlackProfile> }>();

  function profileOf(client: webApi.WebClient, userId: string): Promise<SlackProfile> {
    const now = options.now();
    const hit = cache.get(userId);
    if (hit && now - hit.at < ttl) return hit.profile;
    const profile = client.users.info({ user: userId, include_locale: true }).then(
      (answer) => ({ locale: answer.user?.locale, email: answer.user?.profile?.email }),
      (error: unknown) => {
        options.log.warn({ user: userId, error: slackErrorCode(error) }, "slack users.info failed");
        cache.delete(userId);
        return {};
      },
    );
    cache.delete(userId);
    cache.set(userId, { at: now, profile });
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return profile;
  }

  return async (client, userId) => {
    const profile = await profileOf(client, userId);
    return { platform: "slack", id: userId, locale: profile.locale, lookupEmail: async () => profile.email, commandForm: slashForm };
  };
}
