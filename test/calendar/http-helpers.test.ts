/** Conditional GET, the reader's language choice and text cleaning: the small rules behind feeds and pages. */
import { describe, expect, it } from "vitest";
import { cleanParam, cleanText, escapeText, paramValue } from "../../src/calendar/ical-text.js";
import { COLOR_PATTERN, colorName, hexOfColor } from "../../src/calendar/colors.js";
import { escapeHtml, safeHref } from "../../src/calendar/html.js";
import { acceptsGzip } from "../../src/services/feeds/accept-encoding.js";
import { isNotModified } from "../../src/services/feeds/conditional-get.js";
import { acceptedLocale, readerLocale } from "../../src/services/feeds/reader-locale.js";

describe("isNotModified", () => {
  it("matches the ETag, weakly and in lists, and ignores If-Modified-Since (feeds send no Last-Modified)", () => {
    expect(isNotModified({ "if-none-match": '"abc"' }, '"abc"')).toBe(true);
    expect(isNotModified({ "if-none-match": 'W/"abc", "x"' }, '"abc"')).toBe(true);
    expect(isNotModified({ "if-none-match": "*" }, '"abc"')).toBe(true);
    expect(isNotModified({ "if-none-match": '"old"' }, '"abc"')).toBe(false);
    expect(isNotModified({ "if-modified-since": "Fri, 15 Jan 2100 10:00:00 GMT" } as never, '"a"')).toBe(false);
    expect(isNotModified({}, '"a"')).toBe(false);
  });
});

describe("acceptsGzip", () => {
  it("takes gzip, x-gzip and * unless their q is zero", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("forum colours", () => {
  it("write a CSS3 name for COLOR (the nearest to a hex value) and hex for Apple", () => {
    expect(colorName("SteelBlue")).toBe("steelblue");
    expect(colorName("#1e90fe")).toBe("dodgerblue");
    expect(colorName("sunset")).toBeUndefined();
    expect(hexOfColor("SteelBlue")).toBe("#4682b4");
    expect(hexOfColor("#ABCDEF")).toBe("#abcdef");
    expect(COLOR_PATTERN.test("rebeccapurple2")).toBe(false);
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
    expect(escapeText("a;b,c\\d\r\nX-EVIL:1")).toBe("a\\;b\\,c\\\\d\\nX-EVIL:1");
    expect(paramValue("Aila Admin")).toBe("Aila Admin");
    expect(paramValue('Jussi "X";ROLE=CHAIR')).toBe(`"Jussi 'X';ROLE=CHAIR"`);
  });
  it("escapes HTML and only links http(s)", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("https://teams.example/x")).toBe("https://teams.example/x");
  });
});
