/**
 * Fills a message template. `{name}` is replaced by its value; `{count, plural, one {# päätös} other {# päätöstä}}`
 * picks the form for the number by the language's Intl.PluralRules (`#` is the number), so "1 päätös", "2 päätöstä",
 * "1 klar", "1 decision" read right (issue 14 point 6). `PlaceholdersOf<S>` gives a template's names as a type, so
 * `t` checks the params a key needs at compile time (keep other placeholders outside a plural's forms: the type
 * reads only its number's name there).
 */
import type { Locale } from "./locale.js";

export type ParamValue = string | number;

/** The part before ", plural," of a plural placeholder; a plain name otherwise. */
type NameOf<Body extends string> = Body extends `${infer Name}, plural,${string}` ? Name : Body;

/** Whether a text could be a placeholder name (no spaces, not the plural form's `#` text). */
type IsName<S extends string> = S extends "" ? false : S extends `${string} ${string}` ? false : S extends `${string}#${string}` ? false : true;

/**
 * The placeholder names of a template, as a union of string literals.
 * @example PlaceholdersOf<"{n, plural, one {# item} other {# items}} in {meeting}"> // "n" | "meeting"
 */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? (IsName<NameOf<Body>> extends true ? NameOf<Body> : never) | PlaceholdersOf<Rest>
  : never;

const rulesCache = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/** Picks the plural form for `value`: an exact `=N` first, then the language's category, then `other`. */
function pickForm(locale: Locale, forms: string, value: number): string | undefined {
  const byKey = new Map([...forms.matchAll(FORM)].map((m) => [m[1]!, m[2]!]));
  return byKey.get(`=${value}`) ?? byKey.get(pluralRules(locale).select(value)) ?? byKey.get("other");
}

/**
 * Fills `{name}` and plural placeholders; a name with no value is left as written (a missing param shows, not breaks).
 * @example fillTemplate("fi", "{n, plural, one {# päätös} other {# päätöstä}}", { n: 1 }) // "1 päätös"
 */
export function fillTemplate(locale: Locale, template: string, params: Readonly<Record<string, ParamValue>>): string {
  // Most texts (labels, headings) have no placeholder at all.
  if (!template.includes("{")) return template;
  const withPlurals = template.includes(", plural,")
    ? template.replace(PLURAL, (whole, name: string, forms: string) => {
        const value = Number(params[name]);
        if (!(name in params) || Number.isNaN(value)) return whole;
        const form = pickForm(locale, forms, value);
        return form === undefined ? whole : form.replace(/#/g, String(params[name]));
      })
    : template;
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every placeholder name of a template at run time (the catalog test compares them across languages). */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(PLURAL)) {
    names.add(m[1]!);
    for (const form of m[2]!.matchAll(FORM)) for (const inner of form[2]!.matchAll(/\{(\w+)\}/g)) names.add(inner[1]!);
  }
  for (const m of template.replace(PLURAL, "").matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}
