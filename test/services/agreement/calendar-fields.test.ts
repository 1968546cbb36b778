/**
 * The agreement file's calendar fields of a forum (issue 19): `mailbox` (ORGANIZER of its invites) and `color`
 * (RFC 7986 COLOR: a CSS colour name or #rrggbb). Kept on import and export; a wrong value names its line and field
 * in the person's language and changes nothing.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forums } from "../../../db/schema/index.js";
import { checkAgreement, exportAgreement, formatIssues, importAgreement } from "../../../src/services/agreement/index.js";
import { openTestDb } from "../../support/db.js";

const valid = readFileSync(new URL("../../fixtures/agreements/valid-small.yml", import.meta.url), "utf8");
const withFields = (fields: string) => valid.replace("    cadence: half_yearly\n", `    cadence: half_yearly\n${fields}`);

describe("forum mailbox and color", () => {
  it("are imported, stored and exported back", () => {
    const db = openTestDb();
    const text = withFields("    mailbox: johtoryhma@hva.example.fi\n    color: SteelBlue\n");
    expect(importAgreement(db, text, { actor: "import", now: 1_000, locale: "fi" }).ok).toBe(true);
    expect(db.select({ mailbox: forums.mailbox, color: forums.color }).from(forums).where(eq(forums.code, "JOHTO")).get()).toEqual({
      mailbox: "johtoryhma@hva.example.fi",
      color: "SteelBlue",
    });
    const exported = exportAgreement(db);
    expect(exported).toContain("mailbox: johtoryhma@hva.example.fi");
    expect(exported).toContain("color: SteelBlue");
    expect(checkAgreement(withFields('    color: "#1e90ff"\n'), "fi").ok).toBe(true);
  });

  it("refuses a colour that is not a CSS name or #rrggbb, and a mailbox that is not an address, with line and field in fi, sv and en", () => {
    const text = withFields("    color: sunset\n    mailbox: johtoryhmä at hva\n");
    const fi = checkAgreement(text, "fi");
    expect(fi.ok).toBe(false);
    if (fi.ok) return;
    expect(fi.issues.map((i) => [i.line, i.field])).toEqual(
      expect.arrayContaining([
        [47, "forums[0].color"],
        [48, "forums[0].mailbox"],
      ]),
    );
    expect(formatIssues(fi.issues, "fi")).toContain(
      "Rivi 47, sarake 12: `forums[0].color` — `sunset` ei ole oikeaa muotoa: CSS-värin englanninkielinen nimi tai #rrggbb (esim. steelblue)",
    );
    expect(formatIssues(fi.issues, "fi")).toContain("sähköpostiosoite");
    const sv = checkAgreement(text, "sv");
    expect(sv.ok || formatIssues(sv.issues, "sv")).toContain("ett CSS-färgnamn på engelska eller #rrggbb");
    const en = checkAgreement(text, "en");
    expect(en.ok || formatIssues(en.issues, "en")).toContain("a CSS colour name or #rrggbb (e.g. steelblue)");
    const db = openTestDb();
    expect(importAgreement(db, text, { actor: "import", now: 1_000, locale: "fi" }).ok).toBe(false);
    expect(db.select().from(forums).all()).toEqual([]);
  });
});
