/** A use-case context (src/services/use-case.ts) for a person of the test database, as a command would build it. */
import type { Db } from "../../db/connection.js";
import { translator } from "../../src/i18n/catalog.js";
import type { Locale } from "../../src/i18n/locale.js";
import { findPerson } from "../../src/services/people.js";
import type { UseCase } from "../../src/services/use-case.js";

export function useCaseOf(db: Db, personId: string, now: number, locale: Locale = "fi", zone = "Europe/Helsinki"): UseCase {
  const person = findPerson(db, personId);
  return { db, person, isAdmin: person?.roles.includes("admin") ?? false, t: translator(locale), now, zone, locale };
}
