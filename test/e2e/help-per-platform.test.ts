/**
 * Help as each platform shows it, through the real stacks: Teams cards keep every placeholder (`‹TUNNUS›`, never
 * an `<TUNNUS>` Teams would eat as a tag) and show @mention forms in channels, bare words in a personal chat;
 * Slack shows the slash forms (`/forum kalenteri`, `/agenda lisää …`); the console keeps bare words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/commands/index.js";
import { activity } from "../fixtures/teams/fake-connector.js";
import { createTestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { buildWorld } from "../builders.js";
import { waitFor } from "./slack/fake-slack-api.js";
import { postCommand } from "./slack/signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack/slack-server.js";
import { startTeamsE2e, teamsChat, type TeamsE2e } from "./teams/harness.js";

/** Anything Teams would read as the start of an HTML tag. */
const TAG_LIKE = /<[\p{L}/!?]/u;

let t: TeamsE2e;
const chat = teamsChat(() => t);

beforeAll(async () => {
  t = await startTeamsE2e();
});
afterAll(async () => {
  await t?.close();
});

describe("help in Teams", () => {
  it("keeps every placeholder of the help and of each command's help, in fi, sv and en", async () => {
    for (const [person, locale] of [
      ["aad-memb", "fi"],
      ["aad-swed", "sv"],
      ["aad-admin", "en"],
    ] as const) {
      const lines = ["help", ...COMMANDS.map((c) => `help ${c.name}`)];
      for (const line of lines) {
        const from = await chat.say(line, { from: { id: `29:${person}`, aadObjectId: person }, locale: `${locale}-FI` });
        const text = await waitFor(() => chat.textOf(from) || undefined, `${line} in ${locale}`);
        expect(text, `${line} (${locale})`).not.toMatch(TAG_LIKE);
        if (line === "help") expect(text).toContain({ fi: "foorumi ‹TUNNUS›", sv: "forum ‹KOD›", en: "forum ‹CODE›" }[locale]);
      }
    }
  });

  it("shows @mention forms in a channel and bare words in a personal chat", async () => {
    const from = await chat.say("help", activity("channel-message", t.vars, { text: "<at>Yhdyspinta</at> ohje" }));
    const inChannel = await waitFor(() => chat.textOf(from) || undefined, "channel help");
    expect(inChannel).toContain("@Yhdyspinta calendar [FORUM | all | ‹from› ‹to›]");
    const personal = await chat.say("help");
    const bare = await waitFor(() => chat.textOf(personal) || undefined, "personal help");
    expect(bare).toContain("kalenteri [FOORUMI | kaikki | ‹alkaen› ‹asti›]");
    expect(bare).not.toContain("@Yhdyspinta");
  });

  it("takes a command typed with the mention as plain text, as copied from the help", async () => {
    const from = await chat.say("@Yhdyspinta forums");
    expect(await waitFor(() => chat.textOf(from) || undefined, "forums")).toContain("JOHTO");
  });
});

describe("help in Slack", () => {
  const slack = useSlackServer();

  it("shows the slash forms", async () => {
    const fields = { ...fixture("slash-command"), user_id: "UMEMB", command: "/yhdyspinta", text: "ohje", response_url: slack.fake.responseUrl("help") };
    expect((await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET })).status).toBe(200);
    const posted = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith("/help")), "help");
    const all = JSON.stringify(posted.body);
    expect(all).toContain("/forum kalenteri [FOORUMI | kaikki | &lt;alkaen&gt; &lt;asti&gt;]");
    expect(all).toContain("/agenda &lt;KOKOUS&gt; | /agenda lisää|");
    expect(all).toContain("/goal raportti [VUOSI]");
    expect(all).toContain("/yhdyspinta kieli fi|sv|en");
  });
});

describe("help in the console", () => {
  it("keeps bare words", async () => {
    const db = openTestDb();
    buildWorld(db);
    const core = createTestCore(db);
    const text = await core.say("jasen", "ohje");
    expect(text).toContain("kalenteri [FOORUMI | kaikki | <alkaen> <asti>]");
    expect(text).not.toMatch(/\/forum|@Yhdyspinta/);
  });
});
