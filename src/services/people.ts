/**
 * Links a chat user to a person: by the platform id stored on the person, else by e-mail (asked from the
 * platform only when needed), storing the id for next time. Console and CLI users are people ids. Also the
 * small read queries over people.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { people, personIdentities } from "../../db/schema/index.js";
import type { UserRef } from "../conversation/input.js";
import { UserError } from "../errors.js";
import type { Locale } from "../i18n/locale.js";
import { change } from "./audit.js";
import type { UseCase } from "./use-case.js";

export type PersonRow = typeof people.$inferSelect;

const personQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder("id")))
    .prepare(),
);
export const findPerson: (db: DbOrTx, id: string) => PersonRow | undefined = keptWhileUnchanged(
  "person",
  (db, id: string) => personQuery(db).get({ id }),
  (id) => id,
);

const peopleQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(eq(people.regionId, sql.placeholder("regionId")))
    .orderBy(asc(people.position))
    .prepare(),
);
export function listPeople(db: DbOrTx, regionId: string): PersonRow[] {
  return peopleQuery(db).all({ regionId });
}

const linkedPersonQuery = prepared((db: Db) =>
  db
    .select({ person: people })
    .from(personIdentities)
    .innerJoin(people, eq(people.id, personIdentities.personId))
    .where(and(eq(personIdentities.platform, sql.placeholder("platform")), eq(personIdentities.externalId, sql.placeholder("externalId"))))
    .prepare(),
);

/** The person a chat account is linked to. */
const linkedPerson = keptWhileUnchanged(
  "linked person",
  (db, platform: string, externalId: string) => linkedPersonQuery(db as Db).get({ platform, externalId })?.person,
  (platform, externalId) => `${platform}\n${externalId}`,
);

export async function resolvePerson(db: Db, user: UserRef, now: number): Promise<PersonRow | undefined> {
  if (user.platform === "console" || user.platform === "cli") return findPerson(db, user.id);
  const linked = linkedPerson(db, user.platform, user.id);
  if (linked) return linked;
  const email = (await user.lookupEmail?.())?.trim().toLowerCase();
  if (!email) return undefined;
  const person = db.select().from(people).where(sql`lower(${people.email}) = ${email}`).get();
  if (!person) return undefined;
  change(db, person.id, now, (tx, audit) => {
    tx.insert(personIdentities).values({ personId: person.id, platform: user.platform, externalId: user.id }).onConflictDoNothing().run();
    audit({ action: "person.link", entity: "person", entityId: person.id, after: { platform: user.platform, externalId: user.id } });
  });
  return person;
}

/** The `language` use case: the person's own language for every reply and reminder; a chat user not linked to a person is told how. */
export function setMyLocale(uc: UseCase, locale: Locale): void {
  const person = uc.person;
  if (!person) throw new UserError("error.notLinked");
  change(uc.db, person.id, uc.now, (tx, audit) => {
    tx.update(people).set({ locale }).where(eq(people.id, person.id)).run();
    audit({ action: "person.locale", entity: "person", entityId: person.id, before: { locale: person.locale }, after: { locale } });
  });
}

/** The person's id on a platform, for direct messages. */
export function platformIdOf(db: Db, personId: string, platform: string): string | undefined {
  return db
    .select({ externalId: personIdentities.externalId })
    .from(personIdentities)
    .where(and(eq(personIdentities.personId, personId), eq(personIdentities.platform, platform)))
    .get()?.externalId;
}
