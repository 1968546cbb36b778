import { describe, expect, it } from "vitest";
import { openTestDb } from "../support/db.js";

describe("the statement cache", () => {
  it("reuses compiled statements and hands them out in plain-object mode after a raw use", () => {
    const db = openTestDb();
    const sql = "select 1 as one, 2 as two";
    const first = db.$client.prepare(sql);
    expect(first.raw(true).get()).toEqual([1, 2]);
    const again = db.$client.prepare(sql);
    expect(again).toBe(first);
    expect(again.get()).toEqual({ one: 1, two: 2 });
  });

  it("still prepares writes, which have no row mode", () => {
    const db = openTestDb();
    db.$client.prepare("create table t (x integer)").run();
    const insert = db.$client.prepare("insert into t (x) values (?)");
    insert.run(1);
    expect(db.$client.prepare("insert into t (x) values (?)")).toBe(insert);
    db.$client.prepare("insert into t (x) values (?)").run(2);
    expect(db.$client.prepare("select count(*) as n from t").get()).toEqual({ n: 2 });
  });
});
