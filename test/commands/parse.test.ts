import { describe, expect, it } from "vitest";
import { parseLine } from "../../src/commands/parse.js";
import { commandTextFor } from "../../src/commands/run.js";
import { findCommand } from "../../src/commands/index.js";
import { closestWord } from "../../src/domain/closest.js";

describe("command parsing", () => {
  it("finds the same command by its English, Finnish and Swedish words, in any case", () => {
    for (const word of ["forums", "foorumit", "foran", "FOORUMIT"]) expect(findCommand(word)?.name).toBe("forums");
    for (const word of ["help", "ohje", "hjälp"]) expect(findCommand(word)?.name).toBe("help");
    for (const word of ["language", "kieli", "språk"]) expect(findCommand(word)?.name).toBe("language");
  });

  it("keeps quoted words together, typographic quotes too, and gives the raw rest for free text", () => {
    const { word, args } = parseLine('forum JOHTO "Kokkola, valtuustosali" ja muuta');
    expect(word).toBe("forum");
    expect(args.words).toEqual(["JOHTO", "Kokkola, valtuustosali", "ja", "muuta"]);
    expect(parseLine("x “kaksi sanaa” y").args.words).toEqual(["kaksi sanaa", "y"]);
    expect(args.rest(2)).toBe("ja muuta");
  });

  it("maps Slack slash commands onto the same grammar", () => {
    expect(commandTextFor("/forum", "")).toBe("forums");
    expect(commandTextFor("/forum", "JOHTO")).toBe("forum JOHTO");
    expect(commandTextFor("/forum", "foorumit")).toBe("foorumit");
    expect(commandTextFor("/yhdyspinta", "")).toBe("help");
    expect(commandTextFor("/yhdyspinta", "kieli sv")).toBe("kieli sv");
  });

  it("suggests the closest word for a typo and nothing for noise", () => {
    expect(closestWord("foorumt", ["foorumit", "forum", "ohje"])).toBe("foorumit");
    expect(closestWord("hjälpp", ["hjälp", "språk"])).toBe("hjälp");
    expect(closestWord("qqqqqq", ["hjälp", "språk"])).toBeUndefined();
  });
});

describe("slash entries of a command family", () => {
  it("keep their own command even when the next word is another command", () => {
    expect(commandTextFor("/agenda", "move JOHTO-2027-2 3")).toBe("agenda move JOHTO-2027-2 3");
    expect(commandTextFor("/agenda", "peru JOHTO-2027-2 3")).toBe("agenda peru JOHTO-2027-2 3");
    expect(commandTextFor("/forum", "move JOHTO-2027-2 14.10.2027 13")).toBe("move JOHTO-2027-2 14.10.2027 13");
  });

  it("route to the commands of their own family", () => {
    expect(commandTextFor("/goal", "report 2027")).toBe("report 2027");
    expect(commandTextFor("/goal", "T3")).toBe("goal T3");
    expect(commandTextFor("/decision", "minutes JOHTO-2027-2")).toBe("minutes JOHTO-2027-2");
    expect(commandTextFor("/decision", "JOHTO-2027-2 3 Hyväksyttiin")).toBe("decision JOHTO-2027-2 3 Hyväksyttiin");
  });
});
