/**
 * `decision <MEETING> <item|-> <text> [#T3] [diary PARTY:number …] [earlier REF]` records a decision (§);
 * `decision [MEETING]` opens the form; `decision edit <MEETING> §N <text>` edits a draft;
 * `decision amend <MEETING> §N[/YEAR] <text>` records a correction of a final one; `decision show REF` shows one.
 * Recording, editing and amending need the forum's secretary, convener or an admin.
 */
import { reply } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { currentMeetingOf } from "../../services/decisions/current-meeting.js";
import { editDecision } from "../../services/decisions/edit.js";
import { sectionYearFor } from "../../services/decisions/numbering.js";
import { parseDecisionWords } from "../../services/decisions/parse-line.js";
import { prepareDecision } from "../../services/decisions/prepare.js";
import { goalIdsOfDecision, readDecision, viewDecision } from "../../services/decisions/queries.js";
import { labelDecision, resolveSectionRef } from "../../services/decisions/section-ref.js";
import { requireGoal } from "../../services/goals/queries.js";
import type { Args, CommandSpec } from "../command.js";
import type { Context } from "../context.js";
import { announcedReply } from "./announce.js";
import { amendAndAnnounceDecision, recordAndAnnounceDecision } from "../../services/decisions/announce.js";
import { decisionForm } from "./decision-form.js";
import { looksLikeMeetingId } from "../../domain/meeting-id.js";
import { meetingArg } from "./meeting-arg.js";
import { decisionBlocks } from "../../services/decisions/present.js";

const SUB: Record<string, "edit" | "amend" | "show" | "form"> = {
  edit: "edit",
  muokkaa: "edit",
  ändra: "edit",
  amend: "amend",
  oikaise: "amend",
  korjaa: "amend",
  rätta: "amend",
  show: "show",
  näytä: "show",
  visa: "show",
  form: "form",
  lomake: "form",
  formulär: "form",
};

export const decisionCommand: CommandSpec = {
  name: "decision",
  aliases: { fi: ["päätös"], sv: ["beslut"] },
  summary: "cmd.decision",
  usage: "usage.decision",
  async run(ctx, args) {
    const sub = SUB[(args.words[0] ?? "").toLowerCase()];
    if (sub === "show") return show(ctx, args.rest(1));
    if (sub === "edit") return edit(ctx, args);
    if (sub === "amend") return amend(ctx, args);
    const typed = sub === "form" ? args.words.slice(1) : args.words;
    const words = withChannelMeeting(ctx, typed);
    if (sub === "form" || words.length <= 1) return decisionForm(ctx, words[0]);
    return record(ctx, words);
  },
};

async function record(ctx: Context, words: string[]) {
  meetingArg(ctx, words[0], "usage.decision");
  const parsed = parseDecisionWords(words.slice(2));
  if (parsed.badDiary.length > 0) throw new UserError("decision.badDiary", { value: parsed.badDiary[0]! });
  if (!parsed.text) throw new UserError("decision.missingText", { usage: ctx.t("usage.decision") });
  const input = prepareDecision(ctx.db, ctx.region, { meetingId: words[0]!, item: words[1]!, ...parsed }, ctx.locale);
  return announcedReply(ctx, recordAndAnnounceDecision(ctx, input));
}

function show(ctx: Context, ref: string) {
  const decision = resolveSectionRef(ctx.db, ref, { regionId: ctx.region.id, ...(ctx.boundForum ? { forum: ctx.boundForum } : {}), year: yearNow(ctx) });
  return reply(decisionBlocks(ctx.db, readDecision(ctx, decision), ctx.locale));
}

function edit(ctx: Context, args: Args) {
  const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.decision");
  const original = resolveSectionRef(ctx.db, args.words[2] ?? "", { regionId: ctx.region.id, forum, year: sectionYearFor(ctx.db, ctx.region, meeting) });
  const text = args.rest(3);
  if (!text) throw new UserError("decision.missingText", { usage: ctx.t("usage.decision") });
  const updated = editDecision(ctx, original, { decisionText: text });
  return reply([
    { kind: "text", text: ctx.t("decision.edited", { label: labelDecision(ctx.db, updated, ctx.locale) }) },
    ...decisionBlocks(ctx.db, viewDecision(ctx.db, updated), ctx.locale),
  ]);
}

async function amend(ctx: Context, args: Args) {
  const { meeting, forum } = meetingArg(ctx, args.words[1], "usage.decision");
  const original = resolveSectionRef(ctx.db, args.words[2] ?? "", { regionId: ctx.region.id, forum, year: sectionYearFor(ctx.db, ctx.region, meeting) });
  const parsed = parseDecisionWords(args.words.slice(3));
  if (!parsed.text) throw new UserError("decision.missingText", { usage: ctx.t("usage.decision") });
  const goalIds = parsed.goalCodes.length > 0 ? parsed.goalCodes.map((c) => requireGoal(ctx.db, ctx.region.id, c).id) : goalIdsOfDecision(ctx.db, original.id);
  return announcedReply(ctx, amendAndAnnounceDecision(ctx, { region: ctx.region, forum, meeting, original, decisionText: parsed.text, goalIds }));
}

/** In a forum's channel the meeting id may be left out: today's or the last held meeting of that forum. */
function withChannelMeeting(ctx: Context, words: string[]): string[] {
  if (words.length === 0 && !ctx.boundForum) return words;
  if (looksLikeMeetingId(words[0]) || !ctx.boundForum) return words;
  const meeting = currentMeetingOf(ctx.db, ctx.boundForum.id, ctx.now, ctx.zone);
  return meeting ? [meeting.id, ...words] : words;
}

function yearNow(ctx: Context): number {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: ctx.zone }).format(ctx.now));
}
