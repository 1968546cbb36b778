/**
 * Declares one feature's texts in the three languages. English is the source of keys; Finnish and Swedish must
 * have exactly the same keys, so a missing or misspelled text fails the typecheck. The English texts keep their
 * literal types: `t` reads a key's {placeholders} from them (fill-template.ts).
 * Placeholders are written {name}; a count's forms {count, plural, one {# item} other {# items}}.
 */
export interface MessageModule<E extends Record<string, string>> {
  en: E;
  fi: Record<keyof E & string, string>;
  sv: Record<keyof E & string, string>;
}

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  fi: Record<keyof E & string, string>,
  sv: Record<keyof E & string, string>,
): MessageModule<E> {
  return { en, fi, sv };
}
