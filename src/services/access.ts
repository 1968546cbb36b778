/** Bridges the pure permission rules (src/domain/permissions.ts) to stored forums, and refuses with the needed roles. */
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { forumMembers } from "../../db/schema/index.js";
import { can, rolesFor, type Capability, type ForumAccess } from "../domain/permissions.js";
import { UserError } from "../errors.js";
import type { MessageKey } from "../i18n/catalog.js";
import type { Translate } from "../i18n/catalog.js";
import { formatList } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import type { ForumRow } from "./forums.js";
import type { PersonRow } from "./people.js";

export interface Who {
  db: DbOrTx;
  person: PersonRow | undefined;
  isAdmin: boolean;
  t: Translate;
  locale: Locale;
}

const memberIdsQuery = prepared((db: DbOrTx) =>
  db
    .select({ id: forumMembers.personId })
    .from(forumMembers)
    .where(eq(forumMembers.forumId, sql.placeholder("forumId")))
    .prepare(),
);

/** The ids of a forum's members (a Set, handed out read-only). */
const memberIdsOf = keptWhileUnchanged(
  "member ids",
  (db, forumId: number): ReadonlySet<string> =>
    new Set(
      memberIdsQuery(db)
        .all({ forumId })
        .map((r) => r.id),
    ),
  String,
);

export function forumAccess(db: DbOrTx, forum: ForumRow): ForumAccess {
  return { isPublic: forum.isPublic, convenerId: forum.convenerId, secretaryId: forum.secretaryId, memberIds: memberIdsOf(db, forum.id) };
}

export function allows(who: Who, capability: Capability, forum?: ForumRow): boolean {
  return can({ personId: who.person?.id, isAdmin: who.isAdmin }, capability, forum ? forumAccess(who.db, forum) : undefined);
}

export function canRead(who: Who, forum: ForumRow): boolean {
  return allows(who, "read_forum", forum);
}

/** Refuses a forum the person may not read (a private forum they are not a member of), naming it. */
export function requireReadable(who: Who, forum: ForumRow): void {
  if (!canRead(who, forum)) throw new UserError("error.forumPrivate", { code: forum.code });
}

/** The forums of the list the person may read, in the list's order. */
export function readableForums(who: Who, forums: readonly ForumRow[]): ForumRow[] {
  return forums.filter((forum) => canRead(who, forum));
}

/** Throws a refusal that says which roles may do this ("Only the forum's secretary, … may do this."). */
export function requireCapability(who: Who, capability: Capability, forum?: ForumRow): void {
  if (allows(who, capability, forum)) return;
  const names = rolesFor(capability).map((role) => who.t(`role.${role}` as MessageKey));
  throw new UserError("error.permission", { who: joinOr(names, who.locale) });
}

/** "A, B tai C" in the reader's language (Intl.ListFormat). */
function joinOr(items: string[], locale: Locale): string {
  return formatList(items, locale, "disjunction");
}
