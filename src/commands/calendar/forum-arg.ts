/** The forum a command names (its first word, when that is a forum code) or the channel's bound forum. */
import { UserError } from "../../errors.js";
import type { MessageKey } from "../../i18n/catalog.js";
import { findForum, type ForumRow } from "../../services/forums.js";
import type { Context } from "../context.js";

export function forumArg(ctx: Context, words: string[], usage: MessageKey): { forum: ForumRow; consumed: number } {
  const first = words[0];
  const named = first ? findForum(ctx.db, ctx.region.id, first) : undefined;
  if (named) return { forum: named, consumed: 1 };
  if (ctx.boundForum) return { forum: ctx.boundForum, consumed: 0 };
  if (first && /^[A-ZÅÄÖ][A-ZÅÄÖ0-9_-]*$/.test(first)) throw new UserError("error.unknownForum", { code: first });
  throw new UserError("error.missingArgument", { what: ctx.t("calendar.what.forum"), usage: ctx.t(usage) });
}
