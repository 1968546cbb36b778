/** Our folding is byte-for-byte ical-generator's, and keeps every physical line within 75 octets. */
import { foldLines as libraryFold } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "../../src/calendar/fold-lines.js";

describe("foldLines", () => {
  it("matches ical-generator on ASCII, Finnish letters, 3-octet characters and emoji at every boundary", () => {
    const pieces = ["a", "ä", "€", "😀", "\\n", ";"];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const line = `DESCRIPTION:${Array.from({ length: Math.floor(random() * 200) }, () => pieces[Math.floor(random() * pieces.length)]).join("")}`;
      const text = `BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`;
      expect(foldLines(text)).toBe(libraryFold(text));
      for (const physical of foldLines(text).split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    }
  });
});
