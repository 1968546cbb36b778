/** `reminders upcoming [forum]`: what will be sent and when; admins also see what failed or went stale (the use case decides). */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { formatDateTime } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { findPerson } from "../../services/people.js";
import { subjectLabel, upcomingFor } from "../../services/reminders/upcoming.js";
import type { Context } from "../context.js";
import { pageFooter, pageOf } from "../paging.js";
import { failureReason } from "./failure-reason.js";
import { kindName } from "./settings-view.js";

/** `page` of the list, and the command's words that show it (without the page), for its "show more" button. */
export function upcomingReply(ctx: Context, forumCode: string | undefined, paging: { page: number; words: string[] }): Reply {
  const { forum, lines, failures } = upcomingFor(ctx, ctx.region.id, forumCode);
  const when = (ms: number) => formatDateTime(ms, ctx.locale, ctx.zone);
  const blocks: Block[] = [
    {
      kind: "heading",
      text: forum ? ctx.t("reminders.upcoming.titleForum", { forum: localized(forum.names, ctx.locale) }) : ctx.t("reminders.upcoming.title"),
    },
    lines.length === 0
      ? { kind: "text", text: ctx.t("reminders.upcoming.none") }
      : {
          kind: "list",
          items: pageOf(lines, paging.page).map((l) =>
            ctx.t("reminders.upcoming.item", { when: when(l.dueAt), kind: kindName(ctx, l.kind), subject: l.subject, count: l.count }),
          ),
        },
    ...pageFooter(ctx, { ...paging, total: lines.length }),
  ];
  if (failures.length > 0) {
    blocks.push({ kind: "divider" }, { kind: "heading", text: ctx.t("reminders.upcoming.failures") });
    blocks.push({
      kind: "list",
      items: failures.map((row) =>
        ctx.t("reminders.upcoming.failure", {
          when: when(row.dueAt),
          kind: kindName(ctx, row.kind),
          subject: subjectLabel(row),
          target: row.targetKind === "channel" ? `${row.targetPlatform}:${row.targetRef}` : (findPerson(ctx.db, row.targetRef)?.name ?? row.targetRef),
          // Issue 16 §3: "never tried" (a crash, a stale row) reads differently from "failed after sends".
          error: `${failureReason(ctx.t, row.lastError)} (${row.attempts === 0 ? ctx.t("reminders.upcoming.neverSent") : ctx.t("reminders.upcoming.sendsMade", { count: row.attempts })})`,
        }),
      ),
    });
  }
  return reply(blocks);
}
