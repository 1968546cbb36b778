/**
 * Text folded for matching the way the search index folds it (trigram tokenizer with remove_diacritics): letters
 * without their marks, lower case. "Äänekoski" → "aanekoski". Registered on every connection as the SQL function
 * `fold_text` (db/connection.ts), so a query can compare what the index matched.
 */
export function foldText(text: string | null | undefined): string {
  return (text ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
