/** The shared Notifier contract, run against the Teams notifier and a loopback Bot Connector. */
import { CloudAdapter } from "botbuilder";
import { pino } from "pino";
import { createAuthentication } from "../../../adapters/teams/auth.js";
import { createTeamsNotifier } from "../../../adapters/teams/notifier.js";
import { rememberActivity } from "../../../adapters/teams/targets.js";
import { ManualClock } from "../../../src/clock.js";
import { runNotifierContract } from "../../conversation/notifier-contract.js";
import { createConversationTargetStore } from "../../../db/stores/conversation-targets.js";
import { openTestDb } from "../../support/db.js";
import { activity, startFakeConnector, visibleText } from "../../fixtures/teams/fake-connector.js";

runNotifierContract("teams", async () => {
  const connector = await startFakeConnector();
  const db = openTestDb();
  const clock = new ManualClock(Date.parse("2026-11-22T10:00:00Z"));
  const targets = createConversationTargetStore(db, "teams");
  const vars = { SERVICE_URL: connector.url };
  for (const name of ["channel-message", "personal-message"]) rememberActivity(targets, activity(name, vars) as never, clock.now());
  const adapter = new CloudAdapter(createAuthentication({ appId: "", appType: "MultiTenant", anonymous: true }));
  const notifier = createTeamsNotifier({ adapter, targets, clock, log: pino({ level: "silent" }), botAppId: "" });
  return {
    notifier,
    channelRef: "19:johto-channel@thread.tacv2",
    personRef: "aad-memb",
    async delivered() {
      return connector.calls.map((call) => {
        const channel = (call.body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
        return { ref: channel ?? call.conversationId, text: visibleText(call.body) };
      });
    },
    rateLimitNext: (seconds) => connector.failNext(429, { retryAfter: seconds }),
    breakTarget: (ref) => connector.breakRef(ref),
    async close() {
      await connector.close();
      db.$client.close();
    },
  };
});
