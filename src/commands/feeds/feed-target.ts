/**
 * Reads the scope words of `subscribe` / `unsubscribe` in any of the three languages:
 * `mine | omat | mina`, `region | alue`, `forum | foorumi <CODE>`, `party | osapuoli | part <ID>`, or a bare forum code.
 */
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import type { FeedTarget } from "../../services/feeds/tokens.js";
import { findParty } from "../../services/parties.js";
import { requireForum } from "../../services/forums.js";
import type { Args } from "../command.js";
import type { Context } from "../context.js";

const WORDS: Record<string, FeedTarget["scope"] | "all"> = {
  mine: "person",
  my: "person",
  omat: "person",
  oma: "person",
  mina: "person",
  mitt: "person",
  region: "region",
  alue: "region",
  forum: "forum",
  foorumi: "forum",
  party: "party",
  osapuoli: "party",
  part: "party",
  all: "all",
  kaikki: "all",
  alla: "all",
};

export interface ParsedTarget {
  target: FeedTarget | undefined;
  /** A name for the reply (forum code, party name, region). */
  label: string;
}

/** `undefined` target means "all" (unsubscribe only). Defaults to the bound forum, else the person's own feed. */
export function parseFeedTarget(ctx: Context, args: Args, allowAll: boolean): ParsedTarget {
  const [first, second] = args.words;
  const word = first ? WORDS[first.toLowerCase()] : undefined;
  if (!first)
    return allowAll
      ? { target: undefined, label: "" }
      : ctx.boundForum
        ? forumTarget(ctx, ctx.boundForum.code)
        : { target: { scope: "person" }, label: ctx.person?.name ?? "" };
  if (word === "all") {
    if (!allowAll) throw new UserError("feeds.error.scope");
    return { target: undefined, label: "" };
  }
  if (word === "person") return { target: { scope: "person" }, label: ctx.person?.name ?? "" };
  if (word === "region") return { target: { scope: "region" }, label: localized(ctx.region.names, ctx.locale) };
  if (word === "party") {
    if (!second) throw new UserError("feeds.error.scope");
    const party = findParty(ctx.db, second) ?? findParty(ctx.db, second.toLowerCase());
    if (!party || party.regionId !== ctx.region.id) throw new UserError("feeds.error.unknownParty", { id: second });
    return { target: { scope: "party", partyId: party.id }, label: localized(party.names, ctx.locale) };
  }
  if (word === "forum") {
    if (!second && !ctx.boundForum) throw new UserError("feeds.error.scope");
    return forumTarget(ctx, second ?? ctx.boundForum!.code);
  }
  return forumTarget(ctx, first);
}

/** Names the forum only; whether the person may read it is the subscribe use case's to check. */
function forumTarget(ctx: Context, code: string): ParsedTarget {
  const forum = requireForum(ctx.db, ctx.region.id, code);
  return { target: { scope: "forum", forumId: forum.id }, label: forum.code };
}
