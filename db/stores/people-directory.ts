/** The console's list of people: the database's one region, in the agreement file's order. */
import { asc, eq } from "drizzle-orm";
import type { DirectoryPerson, PeopleDirectory } from "../../src/stores/people-directory.js";
import type { Db } from "../connection.js";
import { people, regions } from "../schema/index.js";

const toDirectory = (row: typeof people.$inferSelect): DirectoryPerson => ({ id: row.id, name: row.name, isAdmin: row.roles.includes("admin") });

export function createPeopleDirectory(db: Db): PeopleDirectory {
  return {
    list() {
      const region = db.select({ id: regions.id }).from(regions).get();
      if (!region) return [];
      return db.select().from(people).where(eq(people.regionId, region.id)).orderBy(asc(people.position)).all().map(toDirectory);
    },
    find(id) {
      const row = db.select().from(people).where(eq(people.id, id)).get();
      return row ? toDirectory(row) : undefined;
    },
  };
}
