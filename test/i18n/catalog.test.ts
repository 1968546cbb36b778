/** The catalogs of all features: the same keys in fi, sv and en, no empty texts, the same {placeholders}. */
import { describe, expect, it } from "vitest";
import { catalogKeys, t, type MessageKey } from "../../src/i18n/catalog.js";
import { LOCALES } from "../../src/i18n/locale.js";

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** The raw template: `t` without params leaves every {placeholder} as written. */
const template = (locale: (typeof LOCALES)[number], key: string) => t(locale, key as MessageKey);

describe("message catalogs", () => {
  it("have identical key sets in fi, sv and en", () => {
    const en = catalogKeys("en");
    expect(en.length).toBeGreaterThan(50);
    expect(catalogKeys("fi")).toEqual(en);
    expect(catalogKeys("sv")).toEqual(en);
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
