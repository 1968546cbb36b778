/**
 * The merged catalog of every feature's texts, and `t` to look one up. Add a feature's module to MODULES;
 * its keys join `MessageKey`, so a text used but not defined fails the typecheck.
 */
import type { Locale } from "./locale.js";
import type { MessageModule } from "./define-messages.js";
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

type KeysOf<M> = M extends MessageModule<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof MODULES)[number]>;
export type Params = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<string, string>> = {
  fi: Object.assign({}, ...MODULES.map((m) => m.fi)),
  sv: Object.assign({}, ...MODULES.map((m) => m.sv)),
  en: Object.assign({}, ...MODULES.map((m) => m.en)),
};

/** Looks up a text and fills its {placeholders}. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** All keys of one language (for the completeness test). */
export function catalogKeys(locale: Locale): string[] {
  return Object.keys(CATALOGS[locale]).sort();
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
