/**
 * The merged catalog of every feature's texts, and `t` to look one up. Add a feature's module to MODULES;
 * its keys join `MessageKey`, so a text used but not defined fails the typecheck.
 */
import type { Locale } from "./locale.js";
import type { MessageModule } from "./define-messages.js";
import { fillTemplate, type ParamValue, type PlaceholdersOf } from "./fill-template.js";
import { typedParams, typedTemplate, type CommandForms } from "./command-forms.js";
import { messages as core } from "./messages/core.js";
import { messages as agreement } from "./messages/agreement.js";
import { messages as calendar } from "./messages/calendar.js";
import { messages as agenda } from "./messages/agenda.js";
import { messages as agendaForms } from "./messages/agenda-forms.js";
import { messages as decisions } from "./messages/decisions.js";
import { messages as minutesTexts } from "./messages/minutes.js";
import { messages as goals } from "./messages/goals.js";
import { messages as reminders } from "./messages/reminders.js";
import { messages as feeds } from "./messages/feeds.js";
import { messages as home } from "./messages/home.js";
import { messages as record } from "./messages/record.js";
import { messages as indicators } from "./messages/indicators.js";
import { messages as input } from "./messages/input.js";

const MODULES = [core, agreement, agenda, agendaForms, decisions, minutesTexts, goals, calendar, reminders, feeds, home, record, indicators, input] as const;

type EnglishOf<M> = M extends MessageModule<infer E> ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every key with its English template (a literal type). */
type Templates = UnionToIntersection<EnglishOf<(typeof MODULES)[number]>>;
export type MessageKey = keyof Templates & string;
export type Params = Record<string, ParamValue>;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
/**
 * The params a key takes: exactly its placeholders for one known key (so a missing or misspelled one fails the
 * build); any params when the key is computed (`calendar.dutyStatus.${status}`).
 */
export type ParamsArg<K extends MessageKey> =
  true extends IsUnion<K>
    ? [params?: Params]
    : [PlaceholdersOf<Templates[K]>] extends [never]
      ? [params?: Record<string, never>]
      : [params: Record<PlaceholdersOf<Templates[K]>, ParamValue>];

/** The modules' texts merged per language. */
function merge(locale: Locale): Record<string, string> {
  return Object.assign({}, ...MODULES.map((m) => m[locale]));
}

const CATALOGS: Record<Locale, Record<string, string>> = { fi: merge("fi"), sv: merge("sv"), en: merge("en") };

/** Keys defined by more than one module, in any language (the later one would silently win; a test keeps this empty). */
export function duplicateKeys(): string[] {
  const seen = new Map<string, number>();
  for (const m of MODULES) {
    for (const key of new Set([...Object.keys(m.en), ...Object.keys(m.fi), ...Object.keys(m.sv)])) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

/**
 * Looks up a text and fills its placeholders, plural forms by the language's rules.
 * @example t("fi", "decisions.count", { count: 1 }) // "1 päätös"
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...params: ParamsArg<K>): string {
  return fillTemplate(locale, templateOf(locale, key), params[0] ?? {});
}

/** A key's text in a language, else in English, else the key itself. */
function templateOf(locale: Locale, key: string): string {
  return CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
}

/** All keys of one language (for the completeness test). */
export function catalogKeys(locale: Locale): string[] {
  return Object.keys(CATALOGS[locale]).sort();
}

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/**
 * `t` for one language; with `forms`, the command lines a text tells the person to type come in the form they type
 * them where they are (command-forms.ts).
 */
export function translator(locale: Locale, forms?: CommandForms): Translate {
  if (!forms) return (key, ...params) => t(locale, key, ...params);
  return (key, ...params) => fillTemplate(locale, typedTemplate(templateOf(locale, key), forms), typedParams(params[0] ?? {}, forms));
}
