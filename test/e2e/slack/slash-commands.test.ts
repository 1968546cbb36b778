import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { channelBindings, personIdentities } from "../../../db/schema/index.js";
import { findCommand } from "../../../src/commands/index.js";
import { waitFor } from "./fake-slack-api.js";
import { postCommand } from "./signed-request.js";
import { fixture, SIGNING_SECRET, useSlackServer } from "./slack-server.js";

const slack = useSlackServer();
let seq = 0;

/** Sends a signed slash command and waits for the reply at its response_url. */
async function slash(user: string, command: string, text: string, channel = "C0JOHTO") {
  const id = `r${++seq}`;
  const fields = {
    ...fixture("slash-command"),
    user_id: user,
    command,
    text,
    channel_id: channel,
    response_url: slack.fake.responseUrl(id),
  };
  const res = await postCommand(slack.server.url, fields, { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const posted = await waitFor(() => slack.fake.responses.find((r) => r.path.endsWith(`/${id}`)), `reply to ${command} ${text}`);
  return { ack: res, body: posted.body as { response_type: string; text: string; blocks: unknown[] }, all: JSON.stringify(posted.body) };
}

describe("Slack slash commands over HTTP", () => {
  it("acknowledges at once and answers /yhdyspinta help ephemerally in Finnish and English", async () => {
    const fi = await slash("UMEMB", "/yhdyspinta", "");
    expect(fi.ack.text).toBe("");
    expect(fi.body.response_type).toBe("ephemeral");
    expect(fi.all).toContain("Yhdyspinta — komennot");
    const en = await slash("UADMIN", "/yhdyspinta", "help");
    expect(en.all).toContain("Yhdyspinta — commands");
    expect(en.body.blocks[0]).toMatchObject({ type: "header" });
    // The bot token was checked once (auth.test) on first use, and sent as the bearer token.
    expect(slack.fake.callsOf("auth.test")).toHaveLength(1);
    expect(slack.fake.callsOf("users.info")[0]?.token).toBe("xoxb-test-token");
  });

  it("maps /forum JOHTO onto the grammar, in the person's language", async () => {
    const fi = await slash("UMEMB", "/forum", "JOHTO");
    expect(fi.all).toContain("Jussi Jäsen (puheenjohtaja)");
    const sv = await slash("USWED", "/forum", "johto");
    expect(sv.all).toContain("Jussi Jäsen (ordförande)");
    const en = await slash("UADMIN", "/forum", "JOHTO");
    expect(en.all).toContain("Jussi Jäsen (chair)");
  });

  for (const slashName of ["/agenda", "/decision", "/goal"]) {
    const word = slashName.slice(1);
    it(`${slashName} reaches the ${word} command in fi and en`, async () => {
      expect(findCommand(word)).toBeDefined();
      const fi = await slash("UMEMB", slashName, "");
      const en = await slash("UADMIN", slashName, "");
      for (const reply of [fi, en]) {
        expect(reply.body.blocks.length).toBeGreaterThan(0);
        expect(reply.all).not.toMatch(/don't know the command|En tunne komentoa/);
      }
      expect(fi.all).not.toEqual(en.all);
    });
  }

  it("binds a channel for the admin only; commands there default to its forum", async () => {
    const refused = await slash("UMEMB", "/yhdyspinta", "bind JOHTO", "C0BIND");
    expect(refused.all).toContain("koordinaattori");
    const bound = await slash("UADMIN", "/yhdyspinta", "bind JOHTO", "C0BIND");
    expect(bound.body.response_type).toBe("in_channel");
    const row = slack.server.app.db
      .select()
      .from(channelBindings)
      .where(and(eq(channelBindings.platform, "slack"), eq(channelBindings.channelRef, "C0BIND")))
      .get();
    expect(row?.forumId).toBe(slack.server.world.forum.id);
    const defaulted = await slash("UMEMB", "/forum", "", "C0BIND");
    expect(defaulted.all).toContain("JOHTO");
  });

  it("links an unknown Slack user by the e-mail from users.info, and tells a stranger how to get linked", async () => {
    slack.fake.users.set("UNEW", { locale: "fi-FI", email: "ULKO@example.fi" });
    const linked = await slash("UNEW", "/yhdyspinta", "whoami");
    expect(linked.all).toContain("Ulla Ulkopuolinen");
    expect(slack.fake.callsOf("users.info")[0]?.args).toMatchObject({ user: "UNEW", include_locale: "true" });
    const identity = slack.server.app.db.select().from(personIdentities).where(eq(personIdentities.externalId, "UNEW")).get();
    expect(identity?.personId).toBe("ulko");
    slack.fake.users.set("USTRANGER", { locale: "en-GB", email: "someone@elsewhere.example" });
    const stranger = await slash("USTRANGER", "/yhdyspinta", "whoami");
    expect(stranger.all).toContain("I don't know you yet");
  });
});
