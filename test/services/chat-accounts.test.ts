/**
 * Whom a per-reader reply's buttons are for: the agenda's shapers (secretary, convener, region admins) and, for a
 * meeting, also its voting members, each with their chat accounts on every platform, most specific role first.
 */
import { describe, expect, it } from "vitest";
import { agendaReaders, meetingReaders } from "../../src/services/chat-accounts.js";
import { buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";

describe("per-reader viewers", () => {
  const db = openTestDb();
  const { forum } = buildWorld(db);

  it("names the agenda's shapers, secretary first, on each platform they are linked on", () => {
    expect(agendaReaders(db, "JOHTO-2027-1", forum)).toEqual({
      command: "agenda JOHTO-2027-1",
      viewers: [
        { platform: "slack", ref: "USECR" },
        { platform: "teams", ref: "aad-secr" },
        { platform: "slack", ref: "UADMIN" },
        { platform: "teams", ref: "aad-admin" },
      ],
    });
  });

  it("adds the voting members to a meeting's readers, each person once", () => {
    const teams = meetingReaders(db, "JOHTO-2027-1", forum)
      .viewers.filter((v) => v.platform === "teams")
      .map((v) => v.ref);
    expect(teams).toEqual(["aad-secr", "aad-admin", "aad-memb", "aad-swed"]);
  });
});
