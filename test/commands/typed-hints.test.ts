/**
 * Every reply that tells a person what to type (usage errors, "type `help`", did-you-mean, hints in empty states and
 * settings, welcome, "show more") writes the command as it is typed where they are (issue 17 §3): the slash form in
 * Slack, the @mention form in a Teams channel, bare words in the console and a Teams personal chat; in fi, sv and en.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { slashForm } from "../../adapters/slack/slash-form.js";
import { COMMANDS, findCommand } from "../../src/commands/index.js";
import { parseKindWord } from "../../src/commands/reminders/kind-words.js";
import type { UserRef } from "../../src/conversation/input.js";
import type { Block, Reply } from "../../src/conversation/reply.js";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";

const NOW = Date.parse("2027-01-10T10:00:00Z");
let bot: TestCore;
let meeting: string;

/** The platforms' forms, as their adapters give them (adapters/slack/identify.ts, adapters/teams/inbound.ts). */
const PLATFORMS = {
  slack: { platform: "slack", commandForm: slashForm },
  "teams channel": { platform: "teams", commandForm: (line: string) => `@Yhdyspinta ${line}` },
  console: { platform: "console", commandForm: undefined },
} as const;

/** People in each language, by the platform id buildWorld gives them. */
const PEOPLE = [
  { locale: "fi", ids: { slack: "UMEMB", teams: "aad-memb", console: "jasen" } },
  { locale: "sv", ids: { slack: "USWED", teams: "aad-swed", console: "svensk" } },
  { locale: "en", ids: { slack: "UADMIN", teams: "aad-admin", console: "admin" } },
] as const;

/** Lines whose replies hint at what to type, and every command bare and with a word it cannot take. */
function lines(): string[] {
  return [
    "help",
    "welcome",
    "kalentei",
    "xyzzy",
    "agenda",
    "reminders",
    "language",
    "calendar ISO",
    "decision",
    `agenda ${meeting} 9`,
    "subscribe nothing",
    "goal T99",
    "forum NOPE",
    ...COMMANDS.filter((c) => c.listed !== false).flatMap((c) => [c.name, `${c.name} ???`, `help ${c.name}`]),
  ];
}

function texts(block: Block): string[] {
  switch (block.kind) {
    case "heading":
    case "text":
      return [block.text];
    case "list":
      return block.items;
    case "facts":
      return block.facts.flatMap((f) => [f.label, f.value]);
    default:
      return [];
  }
}

/** The code spans of a reply: what it tells the person to type. */
const spans = (reply: Reply) => reply.blocks.flatMap(texts).flatMap((text) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));

beforeAll(() => {
  const db = openTestDb();
  buildWorld(db);
  bot = createTestCore(db, NOW);
  const forum = buildForum(db, { code: "ISO" });
  for (let day = 1; day <= 45; day++) buildMeeting(db, forum, `2027-03-${String(1 + (day % 28)).padStart(2, "0")}T${day > 28 ? "13" : "09"}:00`);
  meeting = buildMeeting(db, forum, "2027-04-01T09:00").id;
});

describe("what to type, as it is typed where the person is", () => {
  for (const [name, where] of Object.entries(PLATFORMS)) {
    it(`in ${name}, fi, sv and en`, async () => {
      const problems: string[] = [];
      let hints = 0;
      for (const person of PEOPLE) {
        const id = person.ids[where.platform];
        const user: UserRef = { platform: where.platform, id, locale: `${person.locale}-FI`, ...(where.commandForm ? { commandForm: where.commandForm } : {}) };
        for (const line of lines()) {
          const reply = await bot.core.handleCommand({ user, text: line });
          for (const span of spans(reply)) {
            const first = span.split(" ")[0]!;
            const typed = span.startsWith("/") || span.startsWith("@Yhdyspinta ");
            if (typed) hints++;
            // A reminder kind's word (`kutsu`, `åtgärd`) is a value, even where it is also a command's alias.
            if (where.commandForm && findCommand(first) && !parseKindWord(span)) problems.push(`${person.locale} "${line}": \`${span}\``);
            if (!where.commandForm && typed) problems.push(`${person.locale} "${line}": \`${span}\``);
          }
        }
      }
      expect(problems).toEqual([]);
      // The scan saw hints at all: the platform forms were there to find (none in the console).
      if (where.commandForm) expect(hints).toBeGreaterThan(100);
      else expect(hints).toBe(0);
    });
  }

  it("writes the usage of a refused command, did-you-mean and the next page in the Slack form", async () => {
    const user: UserRef = { platform: "slack", id: "UMEMB", locale: "fi-FI", commandForm: slashForm };
    const say = async (text: string) => spans(await bot.core.handleCommand({ user, text }));
    expect(await say("xyzzy")).toContain("/yhdyspinta ohje");
    expect(await say("kalentei")).toContain("/forum kalenteri");
    expect((await say("foorumi")).join(" ")).toContain("/forum <TUNNUS>");
    expect((await say("kalenteri ISO")).join(" ")).toMatch(/\/forum kalenteri ISO jälkeen ISO-2027-\d+/);
    expect(await say("ohje")).not.toContain("ohje <komento>");
  });
});
