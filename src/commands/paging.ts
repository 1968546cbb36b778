/**
 * Long lists page the same way everywhere (issue 17 §6): the first rows, then "…and N more: `the next page's
 * command`" and a "show more" button that runs that command. A numbered page (`page 2`, `sivu 2`, `sida 2`) suits a
 * list whose order does not move under it (a search, the forums); a list from now on (the calendar) continues
 * after its last shown row instead (`after JOHTO-2027-3`), so a meeting that starts meanwhile shifts nothing.
 */
import type { Block } from "../conversation/reply.js";
import type { Locale } from "../i18n/locale.js";
import type { Context } from "./context.js";

/** Rows a page shows unless a list says otherwise. */
export const PAGE_SIZE = 20;

const PAGE_WORDS: Record<Locale, string> = { en: "page", fi: "sivu", sv: "sida" };
const AFTER_WORDS: Record<Locale, string> = { en: "after", fi: "jälkeen", sv: "efter" };
const IS_PAGE = new Set(Object.values(PAGE_WORDS));
const IS_AFTER = new Set(Object.values(AFTER_WORDS));

export interface PageRequest {
  /** 1 unless `page N` was given. */
  page: number;
  /** The row key after `after`, when given. */
  after?: string;
  /** The other words, as typed. */
  words: string[];
}

/**
 * Takes `page N` (in any language) out of a command's words; with `after: true` also `after KEY`. Only a list that
 * continues after a key takes the word, so `decisions after school` still searches for "after".
 * @example readPaging(["all", "sivu", "2"]) // { page: 2, words: ["all"] }
 */
export function readPaging(words: string[], options: { after?: boolean } = {}): PageRequest {
  const rest: string[] = [];
  let page = 1;
  let after: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    const next = words[i + 1];
    if (IS_PAGE.has(word) && next && /^[1-9]\d{0,4}$/.test(next)) {
      page = Number(next);
      i++;
    } else if (options.after && IS_AFTER.has(word) && next) {
      after = next;
      i++;
    } else rest.push(words[i]!);
  }
  return { page, ...(after ? { after } : {}), words: rest };
}

/** A command line from words, quoting any that holds a space (the parser keeps "two words" together). */
function commandLine(words: string[]): string {
  return words.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(" ");
}

/** The line that shows page `page` of a list: `[päätökset, hyte]` → `päätökset hyte sivu 2`. */
export function pageCommand(ctx: Pick<Context, "locale">, words: string[], page: number): string {
  return commandLine([...words, PAGE_WORDS[ctx.locale], String(page)]);
}

/** The line that continues a list after the row `key`: `[kalenteri, kaikki]` → `kalenteri kaikki jälkeen JOHTO-2027-3`. */
export function afterCommand(ctx: Pick<Context, "locale">, words: string[], key: string): string {
  return commandLine([...words, AFTER_WORDS[ctx.locale], key]);
}

/** Page `page` (from 1) of `rows`. */
export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/**
 * The note and button under a list that goes on: `remaining` rows after what is shown, reached by `next`; with
 * `atLeast`, more than that (a count that stopped: "…and more than 80 more"). Nothing when the list is complete.
 */
export function showMoreBlocks(ctx: Context, remaining: number, next: string, size = PAGE_SIZE, atLeast = false): Block[] {
  if (remaining <= 0) return [];
  return [
    // The translator writes `command` as the person types it where they are (i18n/command-forms.ts).
    { kind: "text", text: ctx.t(atLeast ? "paging.moreAtLeast" : "paging.more", { count: remaining, command: next }) },
    { kind: "actions", actions: [{ kind: "button", label: ctx.t("paging.showMore", { count: Math.min(remaining, size) }), command: next }] },
  ];
}

export interface NumberedPage {
  page: number;
  total: number;
  /** The list's command words without the page (the command word first). */
  words: string[];
  size?: number;
  /** The count stopped at `total` and more follow (a search past a hundred matches): "Page 1 of more than 5." */
  atLeast?: boolean;
}

/** Under a numbered page: "Page 2 of 3." and, when more follow, the note and button for the next page. */
export function pageFooter(ctx: Context, { page, total, words, size = PAGE_SIZE, atLeast = false }: NumberedPage): Block[] {
  const pages = Math.ceil(total / size);
  const blocks: Block[] = atLeast
    ? [{ kind: "text", text: ctx.t("paging.pageAtLeast", { page, pages }) }]
    : pages > 1
      ? [{ kind: "text", text: ctx.t("paging.page", { page, pages }) }]
      : [];
  return [...blocks, ...showMoreBlocks(ctx, total - Math.min(total, page * size), pageCommand(ctx, words, page + 1), size, atLeast)];
}

/** Meetings in time order, the id breaking a tie, so "after" a meeting is always the same rows. */
export function byStartThenId(a: { startsAt: number; id: string }, b: { startsAt: number; id: string }): number {
  return a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The rows that come after `anchor` in `order` of their keys: the continuation of a list whose first part ended at
 * `anchor`. The anchor need not be among the rows any more (a meeting that started since); nothing before it shows again.
 */
export function rowsAfter<T, K>(rows: T[], anchor: K | undefined, keyOf: (row: T) => K, order: (a: K, b: K) => number): T[] {
  const sorted = [...rows].sort((a, b) => order(keyOf(a), keyOf(b)));
  return anchor === undefined ? sorted : sorted.filter((row) => order(keyOf(row), anchor) > 0);
}
