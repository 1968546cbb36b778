import { describe, expect, it } from "vitest";
import { parseDateToken, parseDateWords } from "../../src/domain/date-input.js";
import { parseTimeRange } from "../../src/domain/time-input.js";

const TODAY = "2027-03-10"; // a Wednesday

describe("dates typed in Finnish, Swedish and English", () => {
  it.each([
    [["13.9.2027"], "2027-09-13", 1],
    [["13.9."], "2027-09-13", 1],
    [["13.9"], "2027-09-13", 1],
    [["13.9.27"], "2027-09-13", 1],
    [["2027-09-13"], "2027-09-13", 1],
    [["ma", "13.9."], "2027-09-13", 2],
    [["mån", "13.9."], "2027-09-13", 2],
    [["Mon", "13.9.2027"], "2027-09-13", 2],
    [["maanantai", "13.9.2027"], "2027-09-13", 2],
    [["huomenna"], "2027-03-11", 1],
    [["tomorrow"], "2027-03-11", 1],
    [["i", "morgon"], "2027-03-11", 2],
    [["ylihuomenna"], "2027-03-12", 1],
    [["ensi", "viikolla"], "2027-03-15", 2],
    [["next", "week"], "2027-03-15", 2],
    [["nästa", "vecka"], "2027-03-15", 2],
    [["ensi", "viikolla", "ke"], "2027-03-17", 3],
    [["pe"], "2027-03-12", 1],
    [["ke"], "2027-03-17", 1],
  ])("%j → %s", (words, date, consumed) => {
    expect(parseDateWords(words, TODAY)).toEqual({ ok: true, date, consumed });
  });

  it("takes next year's date when a day without a year has already passed", () => {
    expect(parseDateToken("1.2.", TODAY)).toEqual({ ok: true, date: "2028-02-01" });
    expect(parseDateToken("10.3.", TODAY)).toEqual({ ok: true, date: "2027-03-10" });
  });

  it("refuses dates that do not exist and words that are no dates", () => {
    expect(parseDateWords(["31.2.2027"], TODAY)).toMatchObject({ ok: false, error: "invalidDate", value: "31.2.2027" });
    expect(parseDateWords(["29.2.2027"], TODAY)).toMatchObject({ ok: false, error: "invalidDate" });
    expect(parseDateWords(["29.2.2028"], TODAY)).toMatchObject({ ok: true, date: "2028-02-29" });
    expect(parseDateWords(["2027-13-01"], TODAY)).toMatchObject({ ok: false, error: "invalidDate" });
    expect(parseDateWords(["32.1."], TODAY)).toMatchObject({ ok: false, error: "invalidDate" });
    expect(parseDateWords(["ti", "31.4."], TODAY)).toMatchObject({ ok: false, error: "invalidDate" });
    expect(parseDateWords(["kokous"], TODAY)).toMatchObject({ ok: false, error: "notADate", value: "kokous" });
  });

  it("notices a weekday that does not match the date", () => {
    expect(parseDateWords(["ti", "13.9.2027"], TODAY)).toMatchObject({ ok: false, error: "weekdayMismatch", weekday: 1 });
  });
});

describe("times", () => {
  it.each([
    ["13", { hour: 13, minute: 0 }, undefined],
    ["13.00", { hour: 13, minute: 0 }, undefined],
    ["13:00", { hour: 13, minute: 0 }, undefined],
    ["9.30", { hour: 9, minute: 30 }, undefined],
    ["13-15", { hour: 13, minute: 0 }, { hour: 15, minute: 0 }],
    ["13.00–15.30", { hour: 13, minute: 0 }, { hour: 15, minute: 30 }],
  ])("%s", (text, start, end) => {
    expect(parseTimeRange(text)).toEqual(end ? { ok: true, start, end } : { ok: true, start });
  });

  it.each(["25", "13.60", "13-", "noon", "13-15-17", "1300x"])("refuses %s", (text) => {
    expect(parseTimeRange(text).ok).toBe(false);
  });
});
