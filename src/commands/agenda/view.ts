/**
 * `agenda <MEETING>`: whoever shapes the agenda sees every proposal with its state and buttons; other readers see
 * the published agenda and their own proposals.
 */
import { reply, type Action, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { freezeAgenda, isUnchanged } from "../../services/agenda/freeze.js";
import { isOnAgenda, listItems, type AgendaItemRow } from "../../services/agenda/items.js";
import { latestVersion } from "../../services/agenda/published.js";
import { mayProposeAgenda } from "../../services/agenda/propose.js";
import { meetingFacts, publishedBlocks } from "../../services/agenda/render-published.js";
import { mayShapeAgenda } from "../../services/agenda/shape.js";
import type { MeetingRow } from "../../services/meetings.js";
import { agendaDeadlineOf } from "../../services/agenda-deadline.js";
import { agendaReaders } from "../../services/chat-accounts.js";
import type { ForumRow } from "../../services/forums.js";
import { partyNames, personNames, type NameOf } from "../../services/names.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";
import { acceptRejectButtons, exportButton, proposeButton, publishButton } from "./buttons.js";
import { resolveTarget } from "./target.js";

/** Buttons for at most this many pending items (chat platforms limit a message's buttons). */
const MAX_PENDING_BUTTONS = 10;

interface Names {
  party: NameOf;
  person: NameOf;
}

function namesFor(ctx: Context): Names {
  return { party: partyNames(ctx.db, ctx.locale), person: personNames(ctx.db) };
}

function itemLine(ctx: Context, names: Names, item: AgendaItemRow, all: AgendaItemRow[]): string {
  const title = item.standingKey ? ctx.t(`agenda.standing.${item.standingKey}`) : item.title;
  const parts = [`#${item.number} **${title}**`, ctx.t(`agenda.state.${item.state}`)];
  if (item.standing) parts.push(ctx.t("agenda.standingMark"));
  if (item.proposerId) {
    const who = names.person(item.proposerId);
    parts.push(ctx.t("agenda.proposer", { name: item.partyId ? `${who}, ${names.party(item.partyId)}` : who }));
  }
  if (item.goalCodes.length) parts.push(item.goalCodes.join(", "));
  if (item.mergedIntoId !== null) parts.push(ctx.t("agenda.mergedInto", { into: all.find((i) => i.id === item.mergedIntoId)?.number ?? "?" }));
  if (item.movedFromMeetingId) parts.push(ctx.t("agenda.movedFrom", { meeting: item.movedFromMeetingId }));
  if (item.rejectReason && item.state === "rejected") parts.push(ctx.t("agenda.reason", { reason: item.rejectReason }));
  return parts.join(" — ");
}

export function statusText(ctx: Context, meeting: MeetingRow): string {
  const version = latestVersion(ctx.db, meeting.id);
  if (!version) return ctx.t("agenda.shape.unpublished");
  const params = { version: version.version, date: formatDateTime(version.publishedAt, ctx.locale, meeting.zone) };
  return isUnchanged(version.content, freezeAgenda(ctx.db, meeting.id))
    ? ctx.t("agenda.shape.published", params)
    : ctx.t("agenda.shape.publishedDirty", params);
}

function shapingView(ctx: Context, meeting: MeetingRow, forum: ForumRow): Reply {
  const all = listItems(ctx.db, meeting.id);
  const names = namesFor(ctx);
  const on = all.filter(isOnAgenda);
  const off = all.filter((i) => !isOnAgenda(i));
  const deadline = formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone);
  const blocks: Block[] = [
    { kind: "heading", text: ctx.t("agenda.shape.heading", { meeting: meeting.id, forum: localized(forum.names, ctx.locale) }) },
    {
      kind: "facts",
      facts: [
        ...meetingFacts(meeting, forum, ctx.locale),
        { label: ctx.t("agenda.deadline"), value: deadline },
        { label: ctx.t("agenda.status"), value: statusText(ctx, meeting) },
      ],
    },
  ];
  if (all.length === 0) blocks.push({ kind: "text", text: ctx.t("agenda.shape.none") });
  if (on.length)
    blocks.push({ kind: "heading", text: ctx.t("agenda.shape.onAgenda") }, { kind: "list", ordered: true, items: on.map((i) => itemLine(ctx, names, i, all)) });
  if (off.length) blocks.push({ kind: "heading", text: ctx.t("agenda.shape.others") }, { kind: "list", items: off.map((i) => itemLine(ctx, names, i, all)) });
  const pending = all.filter((i) => (i.state === "proposed" || i.state === "late") && i.mergedIntoId === null).slice(0, MAX_PENDING_BUTTONS);
  for (const item of pending) blocks.push({ kind: "actions", actions: acceptRejectButtons(ctx.t, meeting.id, item.number) });
  const actions: Action[] = [exportButton(ctx.t, meeting.id)];
  if (on.length) actions.unshift(publishButton(ctx.t, meeting.id));
  blocks.push({ kind: "text", text: ctx.t("agenda.shape.hint", { meeting: meeting.id }) }, { kind: "actions", actions });
  return reply(blocks);
}

function readerView(ctx: Context, meeting: MeetingRow, forum: ForumRow): Reply {
  const version = latestVersion(ctx.db, meeting.id);
  const deadline = formatDateTime(agendaDeadlineOf(meeting, forum), ctx.locale, meeting.zone);
  const blocks: Block[] = version
    ? publishedBlocks(ctx.db, meeting, forum, version, ctx.locale)
    : [
        { kind: "heading", text: ctx.t("agenda.heading", { forum: localized(forum.names, ctx.locale), meeting: meeting.id }) },
        { kind: "facts", facts: meetingFacts(meeting, forum, ctx.locale) },
        { kind: "text", text: ctx.t("agenda.reader.notPublished", { meeting: meeting.id, deadline }) },
      ];
  const all = listItems(ctx.db, meeting.id);
  const mine = all.filter((i) => i.proposerId === ctx.person?.id);
  if (mine.length)
    blocks.push({ kind: "heading", text: ctx.t("agenda.reader.yours") }, { kind: "list", items: mine.map((i) => itemLine(ctx, namesFor(ctx), i, all)) });
  const actions: Action[] = [];
  if (mayProposeAgenda(ctx, forum) && meeting.startsAt > ctx.now && meeting.status !== "cancelled") {
    blocks.push({ kind: "text", text: ctx.t("agenda.reader.howTo", { meeting: meeting.id }) });
    actions.push(proposeButton(ctx.t, meeting.id));
  }
  if (version) actions.push(exportButton(ctx.t, meeting.id));
  if (actions.length) blocks.push({ kind: "actions", actions });
  return reply(blocks);
}

export function viewSub(ctx: Context, args: Args): Reply {
  const { meeting, forum } = resolveTarget(ctx, args.words, "agenda.usage.view");
  const view = mayShapeAgenda(ctx, forum) ? shapingView(ctx, meeting, forum) : readerView(ctx, meeting, forum);
  // Shared in a channel, each reader sees their own view: those who shape the agenda get its buttons.
  return { ...view, perReader: agendaReaders(ctx.db, meeting.id, forum) };
}
