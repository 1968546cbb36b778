/**
 * Publishing: freezes the numbered agenda as a new version (on-time proposals become accepted), raises the
 * meeting's SEQUENCE so feeds show the new description, then posts it to the forum's channels and tells members.
 * A later publish makes the next version and says what changed.
 */
import { and, eq } from "drizzle-orm";
import { agendaItems, agendaVersions } from "../../../db/schema/index.js";
import type { Context } from "../../context.js";
import { UserError } from "../../errors.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { notifyPerson, postToForum, type BroadcastResult } from "../broadcast.js";
import { updateMeeting, type MeetingRow } from "../meetings.js";
import { listMembers, type ForumRow } from "../region.js";
import { freezeAgenda, isUnchanged, summarizeChanges } from "./freeze.js";
import { latestVersion, type AgendaVersionRow } from "./published.js";
import { publishedMessage } from "./render-published.js";

export interface PublishResult {
  version: AgendaVersionRow;
  meeting: MeetingRow;
  channels: BroadcastResult;
  notified: number;
}

export function publishVersion(ctx: Context, meeting: MeetingRow, forum: ForumRow): { version: AgendaVersionRow; meeting: MeetingRow } {
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
    for (const { id } of accepted) audit({ action: "agenda.accept", entity: "agenda_item", entityId: String(id), before: { state: "proposed" }, after: { state: "accepted", by: "publish" } });
    const after = updateMeeting(tx, meeting, {}, "updated", actor, ctx.now);
    audit({ action: "agenda.publish", entity: "meeting", entityId: meeting.id, after: { version: version.version, items: content.items.length, sequence: after.sequence } });
    return { version, meeting: after };
  });
}

function localeOf(value: string | null | undefined, fallback: Locale): Locale {
  return isLocale(value) ? value : fallback;
}

/** Publishes and announces: the forum's channels in the region's language, each member in their own. */
export async function publishAgenda(ctx: Context, meeting: MeetingRow, forum: ForumRow): Promise<PublishResult> {
  const published = publishVersion(ctx, meeting, forum);
  const regionLocale = localeOf(ctx.region.defaultLocale, "fi");
  const channels = await postToForum(ctx, forum.id, publishedMessage(ctx.db, published.meeting, forum, published.version, regionLocale, "channel"));
  let notified = 0;
  for (const member of listMembers(ctx.db, forum.id)) {
    if (member.personId === ctx.person?.id) continue;
    const locale = localeOf(member.person.locale, regionLocale);
    if (await notifyPerson(ctx, member.personId, publishedMessage(ctx.db, published.meeting, forum, published.version, locale, "private"))) notified++;
  }
  return { ...published, channels, notified };
}
