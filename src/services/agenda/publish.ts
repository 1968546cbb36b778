/**
 * Publishing: freezes the numbered agenda as a new version (on-time proposals become accepted), raises the
 * meeting's SEQUENCE so feeds show the new description, and in the same transaction queues it in the outbox for
 * the forum's channels (the region's language) and each member (their own). The request returns at once; the
 * scheduler sends, paced, within a second in the running bot or at its next minute tick when published from the
 * CLI (issue 14 §1). A later publish makes the next version and says what changed.
 */
import { and, eq } from "drizzle-orm";
import { agendaItems, agendaVersions } from "../../../db/schema/index.js";
import type { DbOrTx } from "../../../db/connection.js";
import type { Context } from "../../context.js";
import type { Reply, Visibility } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { queueForumPost, queuePersonNotice } from "../broadcast.js";
import { updateMeeting, type MeetingRow } from "../meetings.js";
import { listMembers, type ForumRow } from "../forums.js";
import { freezeAgenda, isUnchanged, summarizeChanges } from "./freeze.js";
import { latestVersion, type AgendaVersionRow } from "./published.js";
import { publishedMessage } from "./render-published.js";

export interface PublishResult {
  version: AgendaVersionRow;
  meeting: MeetingRow;
  /** Channels the agenda is queued for. */
  channels: number;
  /** Members it is queued for (everyone but the publisher). */
  notified: number;
}

/** Publishes the next version and queues its messages, all in one transaction. */
export function publishAgenda(ctx: Context, meeting: MeetingRow, forum: ForumRow): PublishResult {
  requireCapability(ctx, "shape_agenda", forum);
  if (meeting.status === "cancelled" || meeting.status === "held") throw new UserError("agenda.error.closedMeeting", { meeting: meeting.id });
  const content = freezeAgenda(ctx.db, meeting.id);
  if (content.items.length === 0) throw new UserError("agenda.error.empty", { meeting: meeting.id });
  const previous = latestVersion(ctx.db, meeting.id);
  if (isUnchanged(previous?.content, content)) throw new UserError("agenda.error.unchanged", { version: previous!.version });
  const actor = ctx.person!.id;
  return change(ctx.db, actor, ctx.now, (tx, audit) => {
    const version = tx
      .insert(agendaVersions)
      .values({
        meetingId: meeting.id,
        version: (previous?.version ?? 0) + 1,
        publishedAt: ctx.now,
        publishedBy: actor,
        content,
        changeSummary: previous ? summarizeChanges(previous.content, content) : null,
      })
      .returning()
      .get();
    // On-time proposals on the published agenda are accepted by publishing it; each leaves its own audit row.
    const accepted = tx
      .update(agendaItems)
      .set({ state: "accepted", updatedAt: ctx.now })
      .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.state, "proposed")))
      .returning({ id: agendaItems.id })
      .all();
    for (const { id } of accepted)
      audit({
        action: "agenda.accept",
        entity: "agenda_item",
        entityId: String(id),
        before: { state: "proposed" },
        after: { state: "accepted", by: "publish" },
      });
    const after = updateMeeting(tx, meeting, {}, "updated", actor, ctx.now);
    audit({
      action: "agenda.publish",
      entity: "meeting",
      entityId: meeting.id,
      after: { version: version.version, items: content.items.length, sequence: after.sequence },
    });
    return { version, meeting: after, ...queueAnnouncements(ctx, tx, after, forum, version) };
  });
}

function localeOf(value: string | null | undefined, fallback: Locale): Locale {
  return isLocale(value) ? value : fallback;
}

/** The forum's channels in the region's language, each member (but the publisher) in their own; one key per version. */
function queueAnnouncements(ctx: Context, tx: DbOrTx, meeting: MeetingRow, forum: ForumRow, version: AgendaVersionRow): { channels: number; notified: number } {
  const regionLocale = localeOf(ctx.region.defaultLocale, "fi");
  const notice = {
    kind: "agenda_published" as const,
    key: `agenda:${meeting.id}:v${version.version}`,
    subject: `meeting:${meeting.id}`,
    meetingId: meeting.id,
    forumId: forum.id,
    now: ctx.now,
  };
  const rendered = new Map<string, Reply>();
  const message = (locale: Locale, visibility: Visibility) => {
    const key = `${locale}:${visibility}`;
    if (!rendered.has(key)) rendered.set(key, publishedMessage(tx, meeting, forum, version, locale, visibility));
    return rendered.get(key)!;
  };
  const channels = queueForumPost(tx, notice, message(regionLocale, "channel"));
  let notified = 0;
  for (const member of listMembers(tx, forum.id)) {
    if (member.personId === ctx.person?.id) continue;
    notified += queuePersonNotice(tx, notice, member.personId, message(localeOf(member.person.locale, regionLocale), "private"));
  }
  return { channels, notified };
}
