/** The published agenda as a chat message (channel post, member notice, `agenda <MEETING>` for readers). */
import type { DbOrTx } from "../../../db/connection.js";
import type { AgendaChangeSummary, FrozenAgendaItem } from "../../../db/schema/index.js";
import { reply, type Block, type Reply, type Visibility } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import { partyNames, type NameOf } from "../names.js";
import { frozenTitle, type AgendaVersionRow } from "./published.js";

/** Facts of the meeting: body, time, place. */
export function meetingFacts(meeting: MeetingRow, forum: ForumRow, locale: Locale): { label: string; value: string }[] {
  const facts = [
    { label: t(locale, "agenda.body"), value: `${localized(forum.names, locale)} (${forum.code})` },
    { label: t(locale, "agenda.meeting"), value: meeting.id },
    { label: t(locale, "agenda.time"), value: formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.zone) },
  ];
  const place = [meeting.place ?? forum.defaultPlace, meeting.onlineUrl].filter(Boolean).join(", ");
  if (place) facts.push({ label: t(locale, "agenda.place"), value: place });
  return facts;
}

/** Long backgrounds are cut in chat; the exported agenda and the minutes carry them whole. */
const DESCRIPTION_EXCERPT = 400;

/** One line per frozen item: "Title — background — Preparer: X — Proposal: Y". */
export function frozenLine(partyName: NameOf, item: FrozenAgendaItem, locale: Locale): string {
  const parts = [`**${frozenTitle(item, locale)}**`];
  // The item's background belongs on the published agenda (issue 15 point 6), not only in its export.
  if (item.description) {
    const text = item.description.replace(/\s+/g, " ").trim();
    parts.push(text.length > DESCRIPTION_EXCERPT ? `${text.slice(0, DESCRIPTION_EXCERPT - 1)}…` : text);
  }
  if (item.partyId) parts.push(`${t(locale, "agenda.party")}: ${partyName(item.partyId)}`);
  if (item.preparer) parts.push(`${t(locale, "agenda.preparer")}: ${item.preparer}`);
  if (item.goalCodes?.length) parts.push(`${t(locale, "agenda.goals")}: ${item.goalCodes.join(", ")}`);
  if (item.proposal) parts.push(`${t(locale, "agenda.proposal")}: ${item.proposal}`);
  return parts.join(" — ");
}

export function changeLines(summary: AgendaChangeSummary, locale: Locale): string[] {
  const lines: string[] = [];
  if (summary.added.length) lines.push(t(locale, "agenda.changes.added", { titles: summary.added.join("; ") }));
  if (summary.removed.length) lines.push(t(locale, "agenda.changes.removed", { titles: summary.removed.join("; ") }));
  if (summary.changed.length) lines.push(t(locale, "agenda.changes.changed", { titles: summary.changed.join("; ") }));
  if (summary.reordered) lines.push(t(locale, "agenda.changes.reordered"));
  return lines;
}

/** The blocks of a published version (heading, meeting facts, numbered items, what changed). */
export function publishedBlocks(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, version: AgendaVersionRow, locale: Locale): Block[] {
  const partyName = partyNames(db, locale);
  const blocks: Block[] = [
    { kind: "heading", text: t(locale, "agenda.heading", { forum: localized(forum.names, locale), meeting: meeting.id }) },
    { kind: "facts", facts: meetingFacts(meeting, forum, locale) },
    { kind: "text", text: t(locale, "agenda.versionLine", { version: version.version, date: formatDateTime(version.publishedAt, locale, meeting.zone) }) },
    { kind: "list", ordered: true, items: version.content.items.map((item) => frozenLine(partyName, item, locale)) },
  ];
  if (version.changeSummary) {
    const lines = changeLines(version.changeSummary, locale);
    if (lines.length) blocks.push({ kind: "text", text: [t(locale, "agenda.changes.title", { version: version.version - 1 }), ...lines].join("\n") });
  }
  return blocks;
}

/** The announcement of a publication, in one language. */
export function publishedMessage(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, version: AgendaVersionRow, locale: Locale, visibility: Visibility): Reply {
  const intro = t(locale, version.version === 1 ? "agenda.published.first" : "agenda.published.again", { meeting: meeting.id, version: version.version });
  return reply([{ kind: "text", text: intro }, ...publishedBlocks(db, meeting, forum, version, locale)], { visibility, summary: intro });
}
