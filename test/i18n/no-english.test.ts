/**
 * Finnish and Swedish replies hold no English (issue 14 point 6): every command of the demo region is run in fi and
 * sv, its reply rendered as text, and scanned for English words from a list (subcommand words, reminder kinds,
 * failure reasons, `<kind>` placeholders). Words the other language also has (sv "all", "sent", "person") are left
 * out of that language's list. Slash commands (`/agenda`) and URLs are the platforms' names, not words.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { meetings, reminders } from "../../db/schema/index.js";
import { COMMANDS } from "../../src/commands/index.js";
import { renderReplyText } from "../../src/conversation/render-text.js";
import { importAgreement } from "../../src/services/agreement/index.js";
import { SEEDERS } from "../../src/services/seeders.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const ADMIN = "marjatta.lehtinen";

const COMMON = ["the", "and", "with", "of", "for", "is", "are", "not", "was", "were", "has", "have", "this", "that", "your", "you", "will", "from", "or"];
const PRODUCT = [
  "upcoming",
  "reminder",
  "reminders",
  "meeting",
  "meetings",
  "decision",
  "decisions",
  "minutes",
  "channel",
  "channels",
  "kind",
  "item",
  "items",
];
const STATUS = [
  "kind",
  "none",
  "off",
  "dm",
  "due",
  "failed",
  "never",
  "error",
  "target",
  "disabled",
  "account",
  "platform",
  "subject",
  "reaches",
  "muted",
  "removed",
];
/** Subcommand words of the command grammar. */
const WORDS = ["inspectors", "finish", "approve", "absent", "extract", "attendance", "times", "notice", "edit", "amend", "show"];
const MORE_WORDS = ["publish", "standing", "merge", "move", "proposal", "subscribe", "unsubscribe", "mine", "term", "fetch", "done", "page"];
const ENGLISH: Record<"fi" | "sv", string[]> = {
  fi: [
    ...COMMON,
    ...PRODUCT,
    ...STATUS,
    ...WORDS,
    ...MORE_WORDS,
    "all",
    "person",
    "agenda",
    "sent",
    "by",
    "at",
    "kinds",
    "import",
    "export",
    "order",
    "present",
  ],
  sv: [...COMMON, ...PRODUCT, ...STATUS, ...WORDS, ...MORE_WORDS],
};

let t: TestCore;
let held: string;
let upcoming: string;
const user = { platform: "console" as const, id: ADMIN };
const run = async (text: string) => renderReplyText(await t.core.handleCommand({ user, text }));

function commandLines(): string[] {
  const m = upcoming;
  const h = held;
  return [
    "help",
    ...COMMANDS.map((c) => `help ${c.name}`),
    "forums",
    "forum JOHTO",
    "whoami",
    "calendar",
    "calendar JOHTO",
    "duties",
    "duties term",
    "year 2027",
    `meeting ${m}`,
    `meeting ${h}`,
    `agenda ${m}`,
    `agenda standing ${m}`,
    `agenda accept ${m} 99`,
    `decision ${h}`,
    "decisions JOHTO",
    `minutes ${h}`,
    "goals",
    "goal T1",
    "report 2026",
    "subscribe mine",
    `invite ${m}`,
    "reminders",
    "reminders off",
    "reminders off nonsense",
    "reminders upcoming",
    "nonsense-word",
  ];
}

beforeAll(async () => {
  const db = openTestDb();
  const demo = readFileSync(new URL("../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
  expect(importAgreement(db, demo, { actor: "import", now: NOW, locale: "fi" }).ok).toBe(true);
  for (const seed of SEEDERS) seed(db, NOW);
  t = createTestCore(db, NOW);
  await run("held JOHTO 15.10.2026 13-15 Kokkola");
  const all = db.select().from(meetings).all();
  held = all.find((x) => x.status === "held")!.id;
  upcoming = all.filter((x) => x.id.startsWith("JOHTO-") && x.startsAt > NOW && x.status === "scheduled").sort((a, b) => a.startsAt - b.startsAt)[0]!.id;
  await run(`decision ${held} - Hyväksytään toimintamalli. #T1`);
  await run(`agenda add ${upcoming} Lasten liikunta -- Yhteinen malli #T1`);
  // Sends that failed or were skipped, as `reminders upcoming` shows them to admins.
  const base = { subject: `meeting:${upcoming}`, meetingId: upcoming, targetPlatform: "slack", personId: null, payload: {}, createdAt: NOW, updatedAt: NOW };
  const failed = [
    { key: "probe:1", kind: "day_before", reason: "platform teams is not on", attempts: 0 },
    { key: "probe:2", kind: "agenda_deadline", reason: "http 503", attempts: 3 },
    { key: "probe:3", kind: "invitation", reason: "stale: fell due while the bot was down, past its grace window", attempts: 0 },
    { key: "probe:4", kind: "hour_before", reason: "target disabled: channel_not_found", attempts: 0 },
  ];
  for (const f of failed) {
    db.insert(reminders)
      .values({
        ...base,
        key: f.key,
        kind: f.kind,
        targetKind: "channel",
        targetRef: "C0JOHTO",
        dueAt: NOW - 3_600_000,
        expiresAt: NOW,
        state: "failed",
        attempts: f.attempts,
        lastError: f.reason,
      })
      .run();
  }
});

function englishIn(text: string, words: string[]): string[] {
  const plain = text
    .replace(/\[[^\]:]+\.\w+: [^\]]*\]/g, " ") // a file: its name and address
    .replace(/\[([^\]:]+): [^\]]*\]/g, "$1") // a button: its label is shown, the command it runs is not
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/(^|[^\w])\/\w+/g, " ") // slash commands are the platform's names
    .replace(/\b\w+_\w+\b/g, " "); // a platform's error code (channel_not_found) is quoted as it came
  const found = new Set<string>();
  for (const word of plain.toLowerCase().match(/[\p{L}]+/gu) ?? []) if (words.includes(word)) found.add(word);
  for (const placeholder of plain.match(/<[a-z-]+>/g) ?? []) if (words.includes(placeholder.slice(1, -1))) found.add(placeholder);
  return [...found];
}

describe("Finnish and Swedish replies", () => {
  for (const locale of ["fi", "sv"] as const) {
    it(`hold no English words in ${locale}`, async () => {
      await run(`language ${locale}`);
      const problems: string[] = [];
      for (const line of commandLines()) {
        const words = englishIn(await run(line), ENGLISH[locale]);
        if (words.length) problems.push(`${line}: ${words.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
