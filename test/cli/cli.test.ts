/**
 * The command line on the database of DATABASE_PATH: check, import, export (stdout and file), backup and say.
 * Most cases call `runCli` in process; one spawns `node bin/yhdyspinta.js`, what `npx yhdyspinta` runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { tempDbPath } from "../support/db.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const demoPath = join(root, "examples/keski-pohjanmaa.yml");
const fixture = (name: string) => join(root, "test/fixtures/agreements", name);

const dbPath = tempDbPath("yhdyspinta-cli-");
const saved = { DATABASE_PATH: process.env.DATABASE_PATH, LANG: process.env.LANG, EXPORT_DIR: process.env.EXPORT_DIR };

async function cli(argv: string[], lang = "en_GB.UTF-8") {
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

beforeAll(() => {
  process.env.DATABASE_PATH = dbPath;
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("yhdyspinta CLI", () => {
  it("check: a valid file passes, a broken one exits 1 with the line and field in the person's language", async () => {
    const ok = await cli(["check", demoPath]);
    expect(ok).toMatchObject({ code: 0, err: "" });
    expect(ok.out).toContain("12 parties, 25 people, 6 goals, 7 forums");
    const broken = await cli(["check", fixture("bad-cadence.yml")], "fi_FI.UTF-8");
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("Rivi 46, sarake 14: `forums[0].cadence` — `fortnightly` ei ole sallittu");
    const sv = await cli(["check", fixture("unknown-party.yml")], "sv_FI.UTF-8");
    expect(sv.code).toBe(1);
    expect(sv.err).toContain("Rad 40, kolumn 34: `agreement.goals[0].measures[0].responsible[1]`");
    expect((await cli(["check", join(root, "no-such-file.yml")])).code).not.toBe(0);
  });

  it("import, then export to stdout and to a file give the same canonical file", async () => {
    const imported = await cli(["import", demoPath]);
    expect(imported).toMatchObject({ code: 0, out: "Imported: 12 parties, 25 people, 6 goals, 7 forums, 0 meetings." });
    const stdout = await cli(["export"]);
    expect(stdout.code).toBe(0);
    expect(stdout.out).toContain("code: KOKHVA");
    const target = join(dirname(dbPath), "export.yml");
    expect((await cli(["export", target])).code).toBe(0);
    const written = readFileSync(target, "utf8");
    expect(written.trimEnd()).toBe(stdout.out);
    // re-importing the export changes nothing visible
    expect((await cli(["import", target])).code).toBe(0);
    expect((await cli(["export"])).out).toBe(stdout.out);
    // a broken import exits 1 and leaves the region as it was
    const broken = await cli(["import", fixture("member-not-person.yml")]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("Line 51");
    expect((await cli(["export"])).out).toBe(stdout.out);
  });

  it("backup writes a database file that opens and holds the region", async () => {
    const target = join(dirname(dbPath), "backup.db");
    const result = await cli(["backup", target]);
    expect(result.code).toBe(0);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.prepare("select id from regions").all()).toEqual([{ id: "keski-pohjanmaa" }]);
      expect(copy.prepare("select count(*) as n from forums").get()).toEqual({ n: 7 });
    } finally {
      copy.close();
    }
  });

  it("say writes the files a reply carries under EXPORT_DIR and prints their paths", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "yhdyspinta-exports-")), "exports");
    process.env.EXPORT_DIR = dir;
    const report = await cli(["say", "report", "2026"]);
    expect(report.code).toBe(0);
    const written = readdirSync(dir).sort();
    expect(written.some((f) => f.endsWith(".md"))).toBe(true);
    expect(written.some((f) => f.endsWith(".csv"))).toBe(true);
    for (const file of written) expect(report.out).toContain(`📎 ${join(dir, file)}`);
    const md = written.find((f) => f.endsWith(".md"))!;
    expect(readFileSync(join(dir, md), "utf8")).toMatch(/^# /m);
    // The same command again never overwrites what was written first.
    await cli(["say", "report", "2026"]);
    expect(existsSync(join(dir, md.replace(/\.md$/, "-2.md")))).toBe(true);
  });

  it("say attaches invites whose UIDs carry the calendar domain fixed on first use, whatever later runs say", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "yhdyspinta-invites-")), "exports");
    process.env.EXPORT_DIR = dir;
    const savedDomain = process.env.CALENDAR_UID_DOMAIN;
    // A database of its own: the first `say` on a database fixes its domain.
    process.env.DATABASE_PATH = tempDbPath("yhdyspinta-cli-uid-");
    try {
      expect((await cli(["import", demoPath])).code).toBe(0);
      process.env.CALENDAR_UID_DOMAIN = "kalenteri.hva.example.fi";
      const scheduled = await cli(["say", "schedule", "JOHTO", "17.9.2030", "13-15"]);
      expect(scheduled.code, scheduled.out + scheduled.err).toBe(0);
      const uids = async () => {
        const invite = await cli(["say", "invite", "JOHTO-2030-1"]);
        expect(invite.code, invite.out + invite.err).toBe(0);
        const latest = readdirSync(dir)
          .filter((f) => f.endsWith(".ics"))
          .sort()
          .at(-1)!;
        return readFileSync(join(dir, latest), "utf8").match(/^UID:.*$/m)?.[0];
      };
      expect(await uids()).toBe("UID:JOHTO-2030-1@kalenteri.hva.example.fi");
      process.env.CALENDAR_UID_DOMAIN = "muu.example.fi";
      expect(await uids()).toBe("UID:JOHTO-2030-1@kalenteri.hva.example.fi");
    } finally {
      process.env.DATABASE_PATH = dbPath;
      if (savedDomain === undefined) delete process.env.CALENDAR_UID_DOMAIN;
      else process.env.CALENDAR_UID_DOMAIN = savedDomain;
    }
  });

  it("say runs one chat command as a person (default: the first region admin)", async () => {
    const asAdmin = await cli(["say", "whoami"]);
    expect(asAdmin.code).toBe(0);
    expect(asAdmin.out).toContain("Marjatta Lehtinen");
    const asSwede = await cli(["say", "--as", "henrik.forsman", "forum", "KOKHVA"]);
    expect(asSwede.code).toBe(0);
    expect(asSwede.out).toContain("Henrik Forsman");
    expect(asSwede.out).toContain("Bilateralt forum för Karleby och välfärdsområdet");
    const nobody = await cli(["say", "--as", "nobody", "help"]);
    expect(nobody.code).toBe(1);
    expect((await cli(["say"])).code).not.toBe(0);
  });

  it("bin/yhdyspinta.js (what npx yhdyspinta runs) works on DATABASE_PATH", () => {
    const child = spawnSync(process.execPath, [join(root, "bin/yhdyspinta.js"), "say", "--as", "anders.holm", "foorumit"], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: dbPath, LANG: "fi_FI.UTF-8", LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(child.stderr).not.toMatch(/error/i);
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("ANK");
  });

  it("npx yhdyspinta say exits 1 when the command was refused, printing why, and changes nothing", () => {
    const say = (...words: string[]) =>
      spawnSync(process.execPath, [join(root, "bin/yhdyspinta.js"), "say", ...words], {
        cwd: root,
        env: { ...process.env, DATABASE_PATH: dbPath, LANG: "en_GB.UTF-8", LOG_LEVEL: "silent" },
        encoding: "utf8",
      });
    const meetingsNow = () => new Database(dbPath, { readonly: true }).prepare("select count(*) as n from meetings").get() as { n: number };
    const before = meetingsNow().n;
    const unknown = say("--as", "anders.holm", "frobnicate");
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain("frobnicate");
    // A known person without the role: the refusal names the role that would be needed.
    const notAllowed = say("--as", "anders.holm", "ajoita", "JOHTO", "13.9.2030", "13-15");
    expect(notAllowed.status).toBe(1);
    expect(notAllowed.stdout).toMatch(/sihteeri|secretary|sekreterare/i);
    const badDate = say("ajoita", "JOHTO", "31.2.2030", "13");
    expect(badDate.status).toBe(1);
    expect(badDate.stdout).toContain("31.2.2030");
    expect(meetingsNow().n).toBe(before);
    const fine = say("--as", "anders.holm", "whoami");
    expect(fine.status).toBe(0);
  });

  it("demo-data --national seeds the demo region and adds history once; a second run refuses and changes nothing", async () => {
    process.env.DATABASE_PATH = tempDbPath("yhdyspinta-cli-national-");
    try {
      const made = await cli(["demo-data", "--national", "--regions", "1", "--years", "1"]);
      expect(made.code).toBe(0);
      expect(made.out).toContain("Seeded the demo region");
      expect(made.out).toMatch(/Added the national dataset: 2 regions, \d+ parties, \d+ meetings, \d+ decisions/);
      const decisions = await cli(["say", "decisions", "JOHTO"]);
      expect(decisions.out).toMatch(/Päätökset \(\d+\)/);
      const again = await cli(["demo-data", "--national"]);
      expect(again.code).toBe(1);
      expect(again.err).toContain("already has history (2 regions");
      expect((await cli(["demo-data", "--national", "--years", "zero"])).code).toBe(2);
    } finally {
      process.env.DATABASE_PATH = dbPath;
    }
  });
});
