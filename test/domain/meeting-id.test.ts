import { describe, expect, it } from "vitest";
import { formatMeetingId, looksLikeMeetingId, parseMeetingId } from "../../src/domain/meeting-id.js";

describe("meeting ids", () => {
  it("reads the forum, the numbering year and the number, and writes them back without leading zeros", () => {
    expect(parseMeetingId("JOHTO-2027-2")).toEqual({ forum: "JOHTO", year: 2027, number: 2 });
    expect(parseMeetingId("HYTE-NEUVOTTELU-2026-12")).toEqual({ forum: "HYTE-NEUVOTTELU", year: 2026, number: 12 });
    expect(formatMeetingId(parseMeetingId("JOHTO-2027-02")!)).toBe("JOHTO-2027-2");
    expect(parseMeetingId("JOHTO-27-2")).toBeUndefined();
    expect(parseMeetingId("JOHTO")).toBeUndefined();
  });

  it("tells a typed meeting id from a forum code or a date", () => {
    expect(looksLikeMeetingId("johto-2027-2")).toBe(true);
    expect(looksLikeMeetingId("JOHTO")).toBe(false);
    expect(looksLikeMeetingId("13.9.2027")).toBe(false);
    expect(looksLikeMeetingId(undefined)).toBe(false);
  });
});
