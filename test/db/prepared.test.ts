import { describe, expect, it } from "vitest";
import { people } from "../../db/schema/index.js";
import { findPerson } from "../../src/services/people.js";
import { findRegion } from "../../src/services/regions.js";
import { buildPerson, buildRegion } from "../builders.js";
import { openTestDb } from "../support/db.js";

// Lookups on the hot path are built once per database handle (db/prepared.ts); they must still answer for the
// database they are given, see writes made after they were built, and see a transaction's own writes.
describe("prepared lookups", () => {
  it("answer for each database separately", () => {
    const a = openTestDb();
    const b = openTestDb();
    buildRegion(a, { id: "test", names: { fi: "Alue A" } });
    expect(findRegion(a)?.names.fi).toBe("Alue A");
    expect(findRegion(b)).toBeUndefined();
    buildRegion(b, { id: "test", names: { fi: "Alue B" } });
    expect(findRegion(b)?.names.fi).toBe("Alue B");
    expect(findRegion(a)?.names.fi).toBe("Alue A");
  });

  it("see rows written after their first use, and a transaction's own uncommitted rows", () => {
    const db = openTestDb();
    buildRegion(db);
    expect(findPerson(db, "p1")).toBeUndefined();
    buildPerson(db, { id: "p1", name: "Ensimmäinen" });
    expect(findPerson(db, "p1")?.name).toBe("Ensimmäinen");
    expect(() =>
      db.transaction((tx) => {
        tx.insert(people).values({ id: "p2", regionId: "test", name: "Toinen" }).run();
        expect(findPerson(tx, "p2")?.name).toBe("Toinen");
        expect(findPerson(db, "p2")?.name).toBe("Toinen");
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect(findPerson(db, "p2")).toBeUndefined();
  });
});
