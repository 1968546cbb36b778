/**
 * Every reply and form of every command, in fi, sv and en, rendered for Slack (Block Kit messages, modals, the
 * result modal, App Home) and Teams (Adaptive Cards), must pass the same checks the strict fakes apply: Slack's
 * published limits (test/support/slack-limits.ts) and the Adaptive Card 1.5 schema plus Teams' limits
 * (test/support/card-limits.ts). The region is the demo one, with a held meeting carrying decisions, an upcoming
 * meeting with proposals, and long texts, so lists are long and texts are at their longest.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { renderMessage } from "../../adapters/slack/render/blocks.js";
import { LIMITS } from "../../adapters/slack/render/limits.js";
import { renderModal, renderResultModal } from "../../adapters/slack/render/modal.js";
import { renderBlocks } from "../../adapters/slack/render/blocks.js";
import { renderReplyCard } from "../../adapters/teams/render/card.js";
import { renderFormCard } from "../../adapters/teams/render/form-card.js";
import { meetings } from "../../db/schema/index.js";
import { homeReply } from "../../src/commands/core/home.js";
import { COMMANDS } from "../../src/commands/index.js";
import type { Form } from "../../src/conversation/form.js";
import type { Reply } from "../../src/conversation/reply.js";
import { importAgreement } from "../../src/services/agreement/index.js";
import { SEEDERS } from "../../src/services/seeders.js";
import { visibleText } from "../fixtures/teams/fake-connector.js";
import { checkCard } from "../support/card-limits.js";
import { createTestCore, type TestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { checkMessage, checkView } from "../support/slack-limits.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const ADMIN = "marjatta.lehtinen";
const LOCALES = ["fi", "sv", "en"] as const;
const LONG = "Hyvinvointialue ja kunnat sopivat yhteisestä toimintamallista. ".repeat(60).trim();

let t: TestCore;
let held: string;
let upcoming: string;

const user = { platform: "console" as const, id: ADMIN };
const run = (text: string) => t.core.handleCommand({ user, text });

/** The command lines to render: help for every command, then every command family with real arguments. */
function commandLines(): string[] {
  const m = upcoming;
  const h = held;
  return [
    "help",
    ...COMMANDS.map((c) => `help ${c.name}`),
    "forums",
    "forum JOHTO",
    "forum HYTE",
    "whoami",
    "calendar",
    "calendar all",
    "calendar JOHTO",
    "calendar 1.1.2027 31.12.2027",
    "duties",
    "duties term",
    "year 2027",
    "schedule JOHTO 13.9.2027 13-15 Kokkola, valtuustosali",
    "schedule JOHTO 26.12.2027 13-15 Kokkola",
    "schedule JOHTO",
    `meeting ${m}`,
    `meeting ${h}`,
    "agenda",
    "agenda JOHTO",
    `agenda ${m}`,
    `agenda add ${m}`,
    `agenda export ${m}`,
    `agenda standing ${m}`,
    `agenda reject ${m} #1`,
    `agenda publish ${m}`,
    "decision",
    `decision ${h}`,
    "decisions",
    "decisions JOHTO",
    `minutes ${h}`,
    `minutes attendance ${h}`,
    "goals",
    "goal T1",
    "report",
    "report 2026",
    "subscribe mine",
    "subscribe forum JOHTO",
    `invite ${m}`,
    "reminders",
    "reminders upcoming",
    "nonsense-word",
  ];
}

beforeAll(async () => {
  const db = openTestDb();
  const demo = readFileSync(new URL("../../examples/keski-pohjanmaa.yml", import.meta.url), "utf8");
  const imported = importAgreement(db, demo, { actor: "import", now: NOW, locale: "en" });
  expect(imported.ok).toBe(true);
  for (const seed of SEEDERS) seed(db, NOW);
  t = createTestCore(db, NOW);
  await run("language en");
  await run("held JOHTO 15.10.2026 13-15 Kokkola");
  const johto = db.select().from(meetings).all();
  held = johto.find((x) => x.status === "held")!.id;
  upcoming = johto.filter((x) => x.id.startsWith("JOHTO-") && x.startsAt > NOW && x.status === "scheduled").sort((a, b) => a.startsAt - b.startsAt)[0]!.id;
  for (let i = 1; i <= 12; i++) await run(`decision ${held} - Päätös ${i}: ${LONG.slice(0, 900)} #T1 #T2`);
  for (let i = 1; i <= 12; i++) await run(`agenda add ${upcoming} Ehdotus ${i} ${"pitkä otsikko ".repeat(8)}-- ${LONG.slice(0, 1500)} #T1`);
  expect(db.select().from(meetings).where(eq(meetings.id, held)).get()?.status).toBe("held");
});

interface Problem {
  locale: string;
  line: string;
  where: string;
  errors: string[];
}

/** A Teams card's problems, and any text Teams would read as an HTML tag and drop (`<FORUM>`). */
function checkTeams(card: unknown): string[] {
  const tags = visibleText(card).match(/<[\p{L}/!?][^\n]{0,20}/gu) ?? [];
  return [...checkCard(card), ...tags.map((tag) => `Teams would eat "${tag}" as a tag`)];
}

/** Every payload a reply becomes on Slack and Teams, with the problems each would have. */
function check(reply: Reply, form: Form | undefined): { where: string; errors: string[] }[] {
  const out: { where: string; errors: string[] }[] = [];
  const message = { ...reply, form: undefined };
  if (message.blocks.length || message.attachments?.length) {
    out.push({ where: "slack message", errors: checkMessage(renderMessage(message) as unknown as Record<string, unknown>) });
    out.push({ where: "slack result modal", errors: checkView(renderResultModal(form?.title ?? "Yhdyspinta", message) as unknown as Record<string, unknown>) });
    out.push({ where: "teams card", errors: checkTeams(renderReplyCard(message)) });
  }
  if (form) {
    const modal = renderModal(form, { channelId: "C0JOHTO" });
    out.push({ where: "slack modal", errors: checkView(modal as unknown as Record<string, unknown>) });
    // A modal title holds 24 characters; the meeting (or forum) the form is about must survive in it.
    const about = form.context?.meeting ?? form.context?.forum;
    if (about && !modal.title.text.includes(about)) out.push({ where: "slack modal title", errors: [`"${modal.title.text}" lost ${about}`] });
    out.push({ where: "teams form card", errors: checkTeams(renderFormCard(form)) });
  }
  return out.filter((o) => o.errors.length > 0);
}

describe("every reply and form on Slack and Teams, in fi, sv and en", () => {
  for (const locale of LOCALES) {
    it(`passes Slack's limits and the Teams card checks in ${locale}`, async () => {
      await run(`language ${locale}`);
      const problems: Problem[] = [];
      for (const line of commandLines()) {
        const reply = await run(line);
        expect(JSON.stringify(reply), line).not.toMatch(/internal error|sisäinen virhe|internt fel/i);
        for (const p of check(reply, reply.form)) problems.push({ locale, line, ...p });
        if (reply.form) {
          // The same form shown again with an error on every field, and with the longest values it allows.
          const errors = Object.fromEntries(reply.form.fields.map((f) => [f.name, `${f.label}: ${LONG.slice(0, 300)}`]));
          const filled = reply.form.fields.map((f) => (f.kind === "longText" || f.kind === "text" ? { ...f, value: LONG.slice(0, f.maxLength ?? 200) } : f));
          for (const p of check({ ...reply, blocks: [] }, { ...reply.form, errors, fields: filled })) problems.push({ locale, line: `${line} (again)`, ...p });
        }
      }
      const ctx = await t.core.contextFor(user);
      const home = renderBlocks(homeReply(ctx!), { maxBlocks: LIMITS.viewBlocks });
      const homeErrors = checkView({ type: "home", blocks: home });
      if (homeErrors.length) problems.push({ locale, line: "(App Home)", where: "slack home", errors: homeErrors });
      expect(problems).toEqual([]);
    });
  }
});
