/**
 * Declares one feature's texts in the three languages. English is the source of keys; Finnish and Swedish must
 * have exactly the same keys, so a missing or misspelled text fails the typecheck.
 * Placeholders are written {name} and filled by `t`.
 */
export interface MessageModule<K extends string> {
  en: Record<K, string>;
  fi: Record<K, string>;
  sv: Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  fi: Record<keyof E & string, string>,
  sv: Record<keyof E & string, string>,
): MessageModule<keyof E & string> {
  return { en, fi, sv };
}
