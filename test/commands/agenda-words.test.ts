/** Subcommand words of `agenda` stay clear of top-level command words, so Slack's `/agenda <word>` reaches us. */
import { describe, expect, it } from "vitest";
import { subcommandWords } from "../../src/commands/agenda/index.js";
import { findCommand } from "../../src/commands/index.js";
import { commandTextFor } from "../../src/commands/run.js";

describe("agenda subcommand words", () => {
  it("are not top-level command words (except `move`, which the calendar also owns)", () => {
    const clashes = subcommandWords().filter((word) => findCommand(word) && findCommand(word)?.name !== "agenda");
    expect(clashes).toEqual(["move"]);
  });

  it("reach the agenda from Slack's /agenda entry", () => {
    expect(commandTextFor("/agenda", "lisää JOHTO-2027-2 Otsikko")).toBe("agenda lisää JOHTO-2027-2 Otsikko");
    expect(commandTextFor("/agenda", "poista JOHTO-2027-2 3")).toBe("agenda poista JOHTO-2027-2 3");
    expect(commandTextFor("/agenda", "lykkää JOHTO-2027-2 3")).toBe("agenda lykkää JOHTO-2027-2 3");
    expect(commandTextFor("/agenda", "JOHTO-2027-2")).toBe("agenda JOHTO-2027-2");
  });
});
