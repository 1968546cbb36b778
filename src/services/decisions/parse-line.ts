/**
 * Reads the free part of `decision <MEETING> <item> <text> [#T3 #T5] [diary PARTY:number …] [earlier REF]`.
 * Pure: words in, parts out. Goal tags at the end of the text are taken out of it; tags inside a sentence stay in
 * the text and still count. Keywords have Finnish and Swedish forms.
 */
export const DIARY_WORDS = ["diary", "diaari", "diaarinumero", "diarie", "diarienummer", "dnro", "dnr"];
export const EARLIER_WORDS = ["earlier", "aiempi", "aiemmin", "tidigare"];
export const OTHER_MATTERS = ["-", "other", "muut", "muu", "övriga", "övrigt"];

const GOAL_TAG = /^#([A-Za-zÅÄÖåäö]+[0-9]+(?:\.[0-9]+)?)[.,;]?$/;

export interface ParsedDecisionText {
  text: string;
  goalCodes: string[];
  diary: { party: string; number: string }[];
  earlier?: string;
  /** Diary entries that were not PARTY:number. */
  badDiary: string[];
}

export function parseDecisionWords(words: string[]): ParsedDecisionText {
  const text: string[] = [];
  const goalCodes: string[] = [];
  const diary: { party: string; number: string }[] = [];
  const badDiary: string[] = [];
  let earlier: string | undefined;
  let mode: "text" | "diary" | "earlier" = "text";
  for (const word of words) {
    const lower = word.toLowerCase();
    if (DIARY_WORDS.includes(lower)) {
      mode = "diary";
      continue;
    }
    if (EARLIER_WORDS.includes(lower)) {
      mode = "earlier";
      continue;
    }
    const tag = GOAL_TAG.exec(word);
    if (tag) {
      goalCodes.push(tag[1]!.toUpperCase());
      if (mode === "text") text.push(word);
      continue;
    }
    if (mode === "diary") {
      const colon = word.indexOf(":");
      if (colon > 0 && colon < word.length - 1) diary.push({ party: word.slice(0, colon), number: word.slice(colon + 1) });
      else badDiary.push(word);
    } else if (mode === "earlier") {
      earlier = earlier === undefined ? word : `${earlier} ${word}`;
    } else text.push(word);
  }
  while (text.length > 0 && GOAL_TAG.test(text.at(-1)!)) text.pop();
  return { text: text.join(" ").trim(), goalCodes: [...new Set(goalCodes)], diary, badDiary, ...(earlier ? { earlier } : {}) };
}

export function isOtherMatters(word: string): boolean {
  return OTHER_MATTERS.includes(word.toLowerCase());
}

/** A short title from a decision text: its first sentence, at most 80 characters. */
export function titleFrom(text: string): string {
  // A sentence ends at . ! ? after a word, not after a point number ("1. Hyväksytään…").
  const first = text.split(/(?<=[^\d\s][.!?])\s|\n/)[0]!.trim();
  return first.length <= 80 ? first : `${first.slice(0, 77).trimEnd()}…`;
}
