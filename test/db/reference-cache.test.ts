/**
 * The region, people, forums and their members are kept per process while unchanged (db/reference-cache.ts). What a
 * command shows must still follow every change: one made here (through the query builder or plain SQL), one made
 * by another process on the same file, and a transaction's own rows, which are forgotten when it rolls back.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { RECHECK_MS } from "../../db/reference-cache.js";
import { forumMembers, forums, people } from "../../db/schema/index.js";
import { findForum, listMembers } from "../../src/services/forums.js";
import { findPerson } from "../../src/services/people.js";
import { findRegion } from "../../src/services/regions.js";
import { buildForum, buildPerson, buildRegion } from "../builders.js";
import { openTestDb, tempDbPath } from "../support/db.js";

describe("reference data kept while unchanged", () => {
  it("gives the same answer again while nothing changed, frozen so that no caller can alter it for the others", () => {
    const db = openTestDb();
    buildRegion(db);
    const region = findRegion(db)!;
    expect(findRegion(db)).toBe(region);
    expect(() => {
      (region.names as Record<string, string>).fi = "Muutettu";
    }).toThrow(TypeError);
    expect(findRegion(db)?.names.fi).toBe("Testialue");
  });

  it("follows this process's writes at once, through the query builder or plain SQL", () => {
    const db = openTestDb();
    buildRegion(db);
    buildPerson(db, { id: "p1", name: "Ensimmäinen" });
    const forum = buildForum(db, { code: "JOHTO" }, [{ personId: "p1" }]);
    expect(listMembers(db, forum.id).map((m) => m.person.name)).toEqual(["Ensimmäinen"]);
    expect(findForum(db, "test", "johto")?.isPublic).toBe(true);

    db.update(people).set({ name: "Eka" }).where(eq(people.id, "p1")).run();
    expect(listMembers(db, forum.id).map((m) => m.person.name)).toEqual(["Eka"]);
    buildPerson(db, { id: "p2", name: "Toinen" });
    db.insert(forumMembers).values({ forumId: forum.id, personId: "p2", position: 1 }).run();
    expect(listMembers(db, forum.id).map((m) => m.person.name)).toEqual(["Eka", "Toinen"]);
    db.$client.prepare("update forums set is_public = 0 where id = ?").run(forum.id);
    expect(findForum(db, "test", "JOHTO")?.isPublic).toBe(false);
    db.$client.prepare("delete from forum_members where person_id = 'p1'").run();
    expect(listMembers(db, forum.id).map((m) => m.person.name)).toEqual(["Toinen"]);
  });

  it("follows another process's writes to the same file within milliseconds", async () => {
    const path = tempDbPath();
    const bot = openDatabase(path);
    const cli = openDatabase(path);
    try {
      buildRegion(bot);
      buildPerson(bot, { id: "p1", name: "Ensimmäinen" });
      expect(findPerson(bot, "p1")?.name).toBe("Ensimmäinen");
      expect(findForum(bot, "test", "HYTE")).toBeUndefined();
      cli.update(people).set({ name: "Eka" }).where(eq(people.id, "p1")).run();
      buildForum(cli, { code: "HYTE" });
      await sleep(RECHECK_MS + 10);
      expect(findPerson(bot, "p1")?.name).toBe("Eka");
      expect(findForum(bot, "test", "HYTE")?.code).toBe("HYTE");
    } finally {
      bot.$client.close();
      cli.$client.close();
    }
  });

  it("reads a transaction's own rows inside it, and forgets them when it rolls back", () => {
    const db = openTestDb();
    buildRegion(db);
    const forum = buildForum(db, { code: "JOHTO" });
    expect(findForum(db, "test", "JOHTO")?.legalBasis).toBeNull();
    expect(() =>
      db.transaction((tx) => {
        tx.update(forums).set({ legalBasis: "612/2021" }).where(eq(forums.id, forum.id)).run();
        expect(findForum(tx, "test", "JOHTO")?.legalBasis).toBe("612/2021");
        expect(findForum(db, "test", "JOHTO")?.legalBasis).toBe("612/2021");
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect(findForum(db, "test", "JOHTO")?.legalBasis).toBeNull();
  });
});
