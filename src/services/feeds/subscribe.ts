/**
 * The `subscribe` and `unsubscribe` use cases (issue 14 point 3): a feed link only for a known person, to a forum only
 * when the person may read it, and a revocation that only ever touches the person's own links. The feed route checks
 * the owner's access again on every fetch (feed-forums.ts); these checks keep a link from being made at all.
 */
import { UserError } from "../../errors.js";
import { requireReadable } from "../access.js";
import { change } from "../audit.js";
import { forumById } from "../forums.js";
import type { PersonRow } from "../people.js";
import type { UseCase } from "../use-case.js";
import { createFeedToken, revokeFeedTokens, type FeedTarget, type FeedTokenRow } from "./tokens.js";

function requirePerson(uc: UseCase): PersonRow {
  if (!uc.person) throw new UserError("feeds.error.noPerson");
  return uc.person;
}

/** A new secret link for the person; `token` is the only copy of the secret. Refuses a forum the person may not read. */
export function subscribeFeed(uc: UseCase, target: FeedTarget): { token: string; row: FeedTokenRow } {
  const person = requirePerson(uc);
  if (target.scope === "forum") {
    const forum = target.forumId == null ? undefined : forumById(uc.db, target.forumId);
    if (!forum) throw new UserError("feeds.error.scope");
    requireReadable(uc, forum);
  }
  return change(uc.db, person.id, uc.now, (tx, audit) => createFeedToken(tx, person.id, target, uc.now, audit));
}

/**
 * Revokes the person's own active links matching `target` (all of them when undefined) and says how many. A forum
 * the person can no longer read may still be unsubscribed: the link is theirs.
 */
export function unsubscribeFeed(uc: UseCase, target: FeedTarget | undefined): number {
  const person = requirePerson(uc);
  return change(uc.db, person.id, uc.now, (tx, audit) => revokeFeedTokens(tx, person.id, target, uc.now, audit));
}
