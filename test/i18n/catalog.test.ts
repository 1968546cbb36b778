/**
 * The catalogs of all features: the same keys in fi, sv and en, no key defined by two feature modules, no empty
 * texts, the same {placeholders}; counts read right in each language (Intl.PluralRules).
 */
import { describe, expect, it } from "vitest";
import { catalogKeys, duplicateKeys, t, type MessageKey } from "../../src/i18n/catalog.js";
import { fillTemplate, placeholderNames } from "../../src/i18n/fill-template.js";
import { LOCALES } from "../../src/i18n/locale.js";

const placeholders = placeholderNames;

/** The raw template: `t` without params leaves every {placeholder} as written. */
const template = (locale: (typeof LOCALES)[number], key: string) => t(locale, key as MessageKey);

describe("message catalogs", () => {
  it("have identical key sets in fi, sv and en", () => {
    const en = catalogKeys("en");
    expect(en.length).toBeGreaterThan(50);
    expect(catalogKeys("fi")).toEqual(en);
    expect(catalogKeys("sv")).toEqual(en);
  });

  it("never define the same key in two feature modules (one would silently replace the other)", () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = LOCALES.flatMap((locale) =>
      catalogKeys(locale)
        .filter((key) => template(locale, key).trim() === "")
        .map((key) => `${locale}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it("use the same {placeholders} for a key in every language", () => {
    const mismatches = catalogKeys("en").flatMap((key) => {
      const expected = placeholders(template("en", key));
      return (["fi", "sv"] as const)
        .filter((locale) => JSON.stringify(placeholders(template(locale, key))) !== JSON.stringify(expected))
        .map((locale) => `${locale}:${key} has {${placeholders(template(locale, key)).join("},{")}} but en has {${expected.join("},{")}}`);
    });
    expect(mismatches).toEqual([]);
  });

  it("are real translations for the agreement file's messages, not English copies", () => {
    const copies = catalogKeys("en")
      .filter((key) => key.startsWith("agreement."))
      .filter((key) => template("fi", key) === template("en", key) || template("sv", key) === template("en", key));
    expect(copies).toEqual([]);
  });
});

describe("counts in each language", () => {
  it("pick the singular and plural forms by the language's rules", () => {
    expect(t("fi", "minutes.allApproved", { meeting: "JOHTO-2027-1", count: 1 })).toContain("sen 1 päätös on nyt lopullinen");
    expect(t("fi", "minutes.allApproved", { meeting: "JOHTO-2027-1", count: 3 })).toContain("sen 3 päätöstä ovat nyt lopullisia");
    expect(t("sv", "report.measureCounts", { done: 1, pending: 0, overdue: 2 })).toBe("1 klar, 0 pågående, 2 försenade");
    expect(t("en", "calendar.dutyStatus.due_soon", { days: 1 })).toBe("due soon (1 day left)");
    expect(t("en", "calendar.dutyStatus.due_soon", { days: 0 })).toBe("due soon (0 days left)");
    expect(t("sv", "agenda.done.published", { version: 1, meeting: "M", channels: 1, notified: 2 })).toContain("1 kanal och 2 medlemmar");
  });

  it("fill an exact =N form first, leave a name with no value as written, and find names inside forms", () => {
    const template = "{n, plural, =0 {none} one {# item} other {# items}} in {meeting}";
    expect(fillTemplate("en", template, { n: 0, meeting: "M" })).toBe("none in M");
    expect(fillTemplate("en", template, { n: 21, meeting: "M" })).toBe("21 items in M");
    expect(fillTemplate("en", template, {})).toBe(template);
    expect(placeholderNames("{n, plural, one {# of {total}} other {# of {total}}} {x}")).toEqual(["n", "total", "x"]);
  });
});
