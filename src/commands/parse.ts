/** Splits a chat line into the command word and its arguments; quoted "two words" stay together. */
import type { Args } from "./command.js";

export interface ParsedLine {
  word: string;
  args: Args;
}

/** Chat clients replace quotes with typographic ones; treat them alike. */
const QUOTES = /["“”„«»]/;

export function tokenize(text: string): { token: string; start: number }[] {
  const tokens: { token: string; start: number }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    if (QUOTES.test(text[i]!)) {
      i++;
      let token = "";
      while (i < text.length && !QUOTES.test(text[i]!)) token += text[i++];
      i++;
      tokens.push({ token, start });
    } else {
      let token = "";
      while (i < text.length && !/\s/.test(text[i]!)) token += text[i++];
      tokens.push({ token, start });
    }
  }
  return tokens;
}

export function makeArgs(text: string): Args {
  const trimmed = text.trim();
  const tokens = tokenize(trimmed);
  return {
    words: tokens.map((t) => t.token),
    text: trimmed,
    rest: (index) => (index < tokens.length ? trimmed.slice(tokens[index]!.start).trim() : ""),
  };
}

export function parseLine(line: string): ParsedLine {
  const trimmed = line.trim().replace(/^\//, "");
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) return { word: "", args: makeArgs("") };
  return { word: match[1]!.toLowerCase(), args: makeArgs(match[2]!) };
}
