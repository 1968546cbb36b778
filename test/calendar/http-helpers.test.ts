/** Conditional GET, the reader's language choice and text cleaning: the small rules behind feeds and pages. */
import { describe, expect, it } from "vitest";
import { cleanParam, cleanText, escapeValue } from "../../src/calendar/ical-text.js";
import { escapeHtml, safeHref } from "../../src/calendar/html.js";
import { isNotModified } from "../../src/services/feeds/conditional-get.js";
import { acceptedLocale, readerLocale } from "../../src/services/feeds/reader-locale.js";

describe("isNotModified", () => {
  const modified = Date.parse("2027-01-15T10:00:00.750Z");
  it("matches the ETag, weakly and in lists, and lets If-None-Match win over If-Modified-Since", () => {
    expect(isNotModified({ "if-none-match": '"abc"' }, '"abc"', modified)).toBe(true);
    expect(isNotModified({ "if-none-match": 'W/"abc", "x"' }, '"abc"', modified)).toBe(true);
    expect(isNotModified({ "if-none-match": "*" }, '"abc"', modified)).toBe(true);
    expect(isNotModified({ "if-none-match": '"old"', "if-modified-since": new Date(modified + 5000).toUTCString() }, '"abc"', modified)).toBe(false);
  });
  it("compares dates to the second", () => {
    expect(isNotModified({ "if-modified-since": "Fri, 15 Jan 2027 10:00:00 GMT" }, '"a"', modified)).toBe(true);
    expect(isNotModified({ "if-modified-since": "Fri, 15 Jan 2027 09:59:59 GMT" }, '"a"', modified)).toBe(false);
    expect(isNotModified({ "if-modified-since": "yesterday" }, '"a"', modified)).toBe(false);
    expect(isNotModified({}, '"a"', modified)).toBe(false);
  });
});

describe("readerLocale", () => {
  it("takes ?lang= first, then Accept-Language by q-value, then the region's default", () => {
    expect(readerLocale("sv", "en-US", "fi")).toBe("sv");
    expect(readerLocale("de", "de-DE, sv-FI;q=0.8, en;q=0.9", "fi")).toBe("en");
    expect(readerLocale(undefined, "sv-FI,sv;q=0.9", "fi")).toBe("sv");
    expect(readerLocale(undefined, "de-DE", "fi")).toBe("fi");
    expect(acceptedLocale("en;q=0, fi")).toBe("fi");
  });
});

describe("text cleaning", () => {
  it("normalises line breaks, drops control characters and caps the length", () => {
    expect(cleanText("a\r\nb\rc\u2028d\u0000e\u001bf")).toBe("a\nb\nc\nde" + "f");
    expect(cleanText("x".repeat(50), 10)).toBe("xxxxxxxxx…");
    expect(cleanParam('Jussi "J"\nJäsen')).toBe("Jussi 'J' Jäsen");
    expect(escapeValue("a;b,c\\d\r\nX-EVIL:1")).toBe("a\\;b\\,c\\\\d X-EVIL:1");
  });
  it("escapes HTML and only links http(s)", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("https://teams.example/x")).toBe("https://teams.example/x");
  });
});
