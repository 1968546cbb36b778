/**
 * Agreement files that would exhaust memory (issue 16 §7), through the real command line: a YAML alias bomb and a
 * file over the 2 MB cap are refused with the line and column in the person's language, and change nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { tempDbPath } from "../../support/db.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const BOMB = join(root, "test/fixtures/agreements/alias-bomb.yml");
const DEMO = join(root, "examples/keski-pohjanmaa.yml");
const dbPath = tempDbPath("yhdyspinta-limits-");
const saved = { DATABASE_PATH: process.env.DATABASE_PATH, LANG: process.env.LANG };

async function cli(argv: string[], lang: string) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.LANG = lang;
  const code = await runCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The demo file padded with comment lines to `bytes`: valid YAML, only too big. */
function paddedDemo(bytes: number): string {
  const path = join(dirname(dbPath), `padded-${bytes}.yml`);
  const line = `# ${"padding ".repeat(12)}\n`;
  writeFileSync(path, `${line.repeat(Math.ceil(bytes / line.length))}${"\n"}${readFileSync(DEMO, "utf8")}`);
  return path;
}

beforeAll(async () => {
  process.env.DATABASE_PATH = dbPath;
  expect((await cli(["import", DEMO], "en_GB.UTF-8")).code).toBe(0);
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("agreement file limits", () => {
  it("refuses a YAML alias bomb with the line and column of its first alias, in Finnish and Swedish", async () => {
    const fi = await cli(["check", BOMB], "fi_FI.UTF-8");
    expect(fi.code).toBe(1);
    expect(fi.err).toBe(
      [
        "Sopimustiedostossa on 1 virhe; mitään ei muutettu.",
        "Rivi 3, sarake 14: `laugh1[0]` — tämä ei ole kelvollista YAMLia: viittaukset (*nimi) laajenevat tässä liian moneksi arvoksi (enintään 100 käyttöä); kirjoita arvot auki",
      ].join("\n"),
    );
    const sv = await cli(["import", BOMB], "sv_FI.UTF-8");
    expect(sv.code).toBe(1);
    expect(sv.err).toContain("Rad 3, kolumn 14: `laugh1[0]` — detta är inte giltig YAML: referenserna (*namn) expanderar här till för många värden");
    expect(sv.err).not.toMatch(/ReferenceError|\n\s+at /);
    expect((await cli(["export"], "en_GB.UTF-8")).out).toContain("code: KOKHVA");
  });

  it("allows a few aliases, as people use them for repeated values", async () => {
    const path = join(dirname(dbPath), "few-aliases.yml");
    writeFileSync(path, `x-names: &names { fi: Foorumi }\n${readFileSync(DEMO, "utf8")}`);
    // The alias itself is fine; the unknown top-level field is what the check then names.
    expect((await cli(["check", path], "en_GB.UTF-8")).err).toContain("Line 1, column 1: `x-names` — unknown field");
  });

  it("refuses a control character in any value with its line and column", async () => {
    const path = join(dirname(dbPath), "escape.yml");
    writeFileSync(path, readFileSync(DEMO, "utf8").replace("Keski-Pohjanmaan hyvinvointialue", "Keski-Pohjanmaan \u001b[5mhyvinvointialue"));
    const result = await cli(["check", path], "en_GB.UTF-8");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Line \d+, column \d+: `[^`]+` — The text contains a control character \(U\+001B \(ESC\)\) at position 18\./m);
  });

  it("refuses a file over 2 MB before parsing it, and a 10 MB one without reading it", async () => {
    for (const [bytes, shown] of [
      [2.5 * 1024 * 1024, "2.6"],
      [10 * 1024 * 1024, "10.1"],
    ] as const) {
      const result = await cli(["import", paddedDemo(bytes)], "en_GB.UTF-8");
      expect(result.code).toBe(1);
      expect(result.err).toBe(
        `The agreement file has 1 error; nothing was changed.\nLine 1, column 1: \`(root)\` — the file is ${shown} MB; an agreement file may be at most 2 MB`,
      );
    }
    const sv = await cli(["check", paddedDemo(3 * 1024 * 1024)], "sv_FI.UTF-8");
    expect(sv.err).toContain("Rad 1, kolumn 1: `(root)` — filen är 3.1 MB; en avtalsfil får vara högst 2 MB");
    expect((await cli(["export"], "en_GB.UTF-8")).out).toContain("code: KOKHVA");
  });
});
