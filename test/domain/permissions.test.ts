import { describe, expect, it } from "vitest";
import { can, rolesFor, type ForumAccess } from "../../src/domain/permissions.js";

const forum: ForumAccess = { isPublic: false, convenerId: "conv", secretaryId: "secr", memberIds: new Set(["secr", "mem"]) };
const as = (personId: string | undefined, isAdmin = false) => ({ personId, isAdmin });

describe("who may do what", () => {
  it("lets the secretary, the convener and an admin change meetings, and no one else", () => {
    expect(can(as("secr"), "manage_meetings", forum)).toBe(true);
    expect(can(as("conv"), "manage_meetings", forum)).toBe(true);
    expect(can(as("boss", true), "manage_meetings", forum)).toBe(true);
    expect(can(as("mem"), "manage_meetings", forum)).toBe(false);
    expect(rolesFor("manage_meetings")).toEqual(["secretary", "convener", "admin"]);
  });

  it("lets members propose and read a private forum; outsiders neither", () => {
    expect(can(as("mem"), "propose_agenda", forum)).toBe(true);
    expect(can(as("out"), "propose_agenda", forum)).toBe(false);
    expect(can(as("mem"), "read_forum", forum)).toBe(true);
    expect(can(as("out"), "read_forum", forum)).toBe(false);
  });

  it("lets any known person read a public forum, but not an unknown chat user", () => {
    const open = { ...forum, isPublic: true };
    expect(can(as("out"), "read_forum", open)).toBe(true);
    expect(can(as(undefined), "read_forum", open)).toBe(false);
  });
});
