import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DEFAULT_COUNCIL_TERMS } from "../../src/domain/council-terms.js";
import { computeDuties, dutiesAtRisk, type DutyForum, type DutyInput, type DutyMeeting } from "../../src/domain/duties.js";
import { DEFAULT_DUTY_SETTINGS, dutySettingsFrom } from "../../src/domain/duty-rules.js";

const ZONE = "Europe/Helsinki";
const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toMillis();

const HYTE: DutyForum = { id: 1, code: "HYTE", kind: "hyte_negotiation", cadence: "yearly", followsUpAgreement: false };
const NEUV14: DutyForum = { id: 2, code: "NEUV14", kind: "term_negotiation", cadence: "per_term", followsUpAgreement: false };
const JOHTO: DutyForum = { id: 3, code: "JOHTO", kind: "top_management_forum", cadence: "half_yearly", followsUpAgreement: true };
const BILAT: DutyForum = { id: 4, code: "KAHD", kind: "bilateral", cadence: "as_needed", followsUpAgreement: false };

function input(meetings: DutyMeeting[], from: string, to: string, settings = DEFAULT_DUTY_SETTINGS): DutyInput {
  return { forums: [HYTE, NEUV14, JOHTO, BILAT], meetings, terms: DEFAULT_COUNCIL_TERMS, settings, zone: ZONE, from, to };
}
/** A meeting whose minutes (once held) are approved with a decision, unless told otherwise. */
const meeting = (id: string, forumId: number, local: string, status = "scheduled", facts = { recorded: true, decided: true }): DutyMeeting => ({
  id,
  forumId,
  startsAt: at(local),
  status,
  ...facts,
});
const find = (duties: ReturnType<typeof computeDuties>, rule: string, forum = "") => duties.filter((d) => d.rule.id === rule && d.forum.code.startsWith(forum));

describe("the yearly HYTE negotiation (612/2021 §7)", () => {
  it("is met by a held meeting and names the law", () => {
    const duties = computeDuties(input([meeting("HYTE-2027-1", 1, "2027-10-12T10:00")], "2027-01-01", "2027-12-31"), at("2028-01-15T12:00"));
    const [hyte] = find(duties, "hyte_negotiation");
    expect(hyte).toMatchObject({ status: "met", held: ["HYTE-2027-1"], rule: { law: "612/2021 §7" } });
    expect(hyte!.period).toMatchObject({ startsOn: "2027-01-01", endsOn: "2027-12-31" });
    // The yearly cadence of the same forum is the same duty, not a second one.
    expect(duties.filter((d) => d.forum.code === "HYTE")).toHaveLength(1);
  });

  it("is missing after a year without one, and a cancelled meeting does not count", () => {
    const duties = computeDuties(input([meeting("HYTE-2027-1", 1, "2027-10-12T10:00", "cancelled")], "2027-01-01", "2027-12-31"), at("2028-01-02T12:00"));
    expect(find(duties, "hyte_negotiation")[0]!.status).toBe("missing");
  });

  it("is scheduled when a future meeting is in the year, at risk near the end with nothing, open earlier", () => {
    const scheduled = computeDuties(input([meeting("HYTE-2027-1", 1, "2027-11-02T10:00")], "2027-01-01", "2027-12-31"), at("2027-06-01T12:00"));
    expect(find(scheduled, "hyte_negotiation")[0]!.status).toBe("scheduled");
    const late = computeDuties(input([], "2027-01-01", "2027-12-31"), at("2027-10-15T12:00"));
    expect(find(late, "hyte_negotiation")[0]).toMatchObject({ status: "at_risk", daysLeft: 77 });
    const dueSoon = computeDuties(input([], "2027-01-01", "2027-12-31"), at("2027-08-01T12:00"));
    expect(find(dueSoon, "hyte_negotiation")[0]!.status).toBe("due_soon");
    const early = computeDuties(input([], "2027-01-01", "2027-12-31"), at("2027-02-01T12:00"));
    expect(find(early, "hyte_negotiation")[0]!.status).toBe("open");
  });

  it("counts by the local date at the 31.12. edge", () => {
    // 1.1.2028 00.30 in Helsinki is still 31.12.2027 in UTC: it belongs to 2028.
    const newYear = computeDuties(input([meeting("HYTE-2028-1", 1, "2028-01-01T00:30")], "2027-01-01", "2028-12-31"), at("2028-06-01T12:00"));
    expect(find(newYear, "hyte_negotiation").map((d) => [d.period.startsOn, d.status])).toEqual([
      ["2027-01-01", "missing"],
      ["2028-01-01", "met"],
    ]);
    const lastEvening = computeDuties(input([meeting("HYTE-2027-9", 1, "2027-12-31T23:30")], "2027-01-01", "2027-12-31"), at("2028-06-01T12:00"));
    expect(find(lastEvening, "hyte_negotiation")[0]!.status).toBe("met");
  });
});

describe("the §14 negotiation once per council term (611/2021 §14)", () => {
  it("is met by a meeting in the term and missing for a term without", () => {
    const duties = computeDuties(input([meeting("NEUV14-2025-1", 2, "2025-10-01T13:00")], "2022-03-01", "2029-05-31"), at("2029-07-01T12:00"));
    expect(find(duties, "term_negotiation").map((d) => [d.period.startsOn, d.status, d.rule.law])).toEqual([
      ["2022-03-01", "missing", "611/2021 §14"],
      ["2025-06-01", "met", "611/2021 §14"],
    ]);
  });

  it("puts 31.5. in the old term and 1.6. in the new one", () => {
    const onLastDay = computeDuties(input([meeting("NEUV14-2029-1", 2, "2029-05-31T13:00")], "2029-01-01", "2029-12-31"), at("2029-07-01T12:00"));
    expect(find(onLastDay, "term_negotiation").map((d) => [d.period.startsOn, d.status])).toEqual([
      ["2025-06-01", "met"],
      ["2029-06-01", "open"],
    ]);
    const onFirstDay = computeDuties(input([meeting("NEUV14-2029-1", 2, "2029-06-01T13:00")], "2029-01-01", "2029-12-31"), at("2029-07-01T12:00"));
    expect(find(onFirstDay, "term_negotiation").map((d) => [d.period.startsOn, d.status])).toEqual([
      ["2025-06-01", "missing"],
      ["2029-06-01", "met"],
    ]);
  });

  it("is at risk in the last months of a term with nothing scheduled", () => {
    const risky = dutiesAtRisk(input([], "2029-01-01", "2029-05-31"), at("2029-04-01T12:00"));
    expect(risky.map((d) => [d.rule.id, d.forum.code])).toContainEqual(["term_negotiation", "NEUV14"]);
  });
});

describe("agreement follow-up and agreed cadences", () => {
  it("asks the following-up forum to meet yearly and each half-year; as_needed has no duty", () => {
    const duties = computeDuties(input([meeting("JOHTO-2027-1", 3, "2027-03-03T13:00")], "2027-01-01", "2027-12-31"), at("2028-01-10T12:00"));
    expect(find(duties, "agreement_follow_up")[0]!.status).toBe("met");
    expect(find(duties, "cadence", "JOHTO").map((d) => [d.period.startsOn, d.status])).toEqual([
      ["2027-01-01", "met"],
      ["2027-07-01", "missing"],
    ]);
    expect(duties.some((d) => d.forum.code === "KAHD")).toBe(false);
  });

  it("takes rule overrides from the region's settings", () => {
    const settings = dutySettingsFrom({
      duties: {
        horizon_days: 30,
        rules: [
          { id: "hyte_negotiation", law: "612/2021 7 §", min_meetings: 2 },
          { id: "agreement_follow_up", enabled: false },
        ],
      },
    });
    expect(settings.horizonDays).toBe(30);
    const duties = computeDuties(input([meeting("HYTE-2027-1", 1, "2027-03-01T10:00")], "2027-01-01", "2027-12-31", settings), at("2027-10-15T12:00"));
    expect(find(duties, "hyte_negotiation")[0]).toMatchObject({ status: "due_soon", rule: { law: "612/2021 7 §" } });
    expect(find(duties, "agreement_follow_up")).toEqual([]);
  });
});

describe("duties that mean it (issue 15 point 7)", () => {
  const after = at("2028-01-15T12:00");
  it("counts a HYTE negotiation only once its minutes are approved; held with minutes pending is its own state", () => {
    const pending = computeDuties(
      input([meeting("HYTE-2027-1", 1, "2027-10-12T10:00", "held", { recorded: false, decided: false })], "2027-01-01", "2027-12-31"),
      after,
    );
    expect(find(pending, "hyte_negotiation")[0]).toMatchObject({ status: "minutes_pending", held: [], pending: ["HYTE-2027-1"] });
    const approved = computeDuties(
      input([meeting("HYTE-2027-1", 1, "2027-10-12T10:00", "held", { recorded: true, decided: false })], "2027-01-01", "2027-12-31"),
      after,
    );
    expect(find(approved, "hyte_negotiation")[0]).toMatchObject({ status: "met", held: ["HYTE-2027-1"] });
  });

  it("counts the yearly follow-up only with a decision on it; the cadence counts the meeting itself", () => {
    const noDecision = computeDuties(
      input([meeting("JOHTO-2027-1", 3, "2027-03-03T13:00", "scheduled", { recorded: true, decided: false })], "2027-01-01", "2027-12-31"),
      after,
    );
    expect(find(noDecision, "agreement_follow_up")[0]!.status).toBe("minutes_pending");
    expect(find(noDecision, "cadence", "JOHTO")[0]!.status).toBe("met");
  });

  it("counts a meeting entered afterwards (held) for its cadence only once its minutes are approved", () => {
    const entered = (recorded: boolean) =>
      computeDuties(input([meeting("JOHTO-2027-1", 3, "2027-03-03T13:00", "held", { recorded, decided: false })], "2027-01-01", "2027-12-31"), after);
    expect(find(entered(false), "cadence", "JOHTO")[0]!.status).toBe("minutes_pending");
    expect(find(entered(true), "cadence", "JOHTO")[0]!.status).toBe("met");
  });

  it("takes a second HYTE negotiation in a year as fine: the law sets a minimum", () => {
    const two = computeDuties(
      input([meeting("HYTE-2027-1", 1, "2027-03-01T10:00"), meeting("HYTE-2027-2", 1, "2027-10-12T10:00")], "2027-01-01", "2027-12-31"),
      after,
    );
    expect(find(two, "hyte_negotiation")[0]).toMatchObject({ status: "met", held: ["HYTE-2027-1", "HYTE-2027-2"] });
  });

  it("clips the periods to the agreement's validity: none before its start, none after its end", () => {
    const bounded = { ...input([], "2025-01-01", "2030-12-31"), bounds: { from: "2025-09-01", to: "2029-05-31" } };
    const hyte = find(computeDuties(bounded, at("2025-10-01T12:00")), "hyte_negotiation").map((d) => [d.period.startsOn, d.period.endsOn]);
    expect(hyte).toEqual([
      ["2025-09-01", "2025-12-31"],
      ["2026-01-01", "2026-12-31"],
      ["2027-01-01", "2027-12-31"],
      ["2028-01-01", "2028-12-31"],
      ["2029-01-01", "2029-05-31"],
    ]);
  });
});
