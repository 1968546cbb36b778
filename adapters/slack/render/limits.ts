/**
 * Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks): what the renderer must stay
 * within so Slack never rejects a message; long content is split or summarised instead.
 */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  altText: 2000,
  fallbackText: 3000,
  modalTitle: 24,
  /** plain_text_input's max_length (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element). */
  inputMaxLength: 3000,
  modalSubmit: 24,
  inputLabel: 2000,
  optionText: 75,
  options: 100,
  privateMetadata: 3000,
} as const;

/**
 * Splits a text into pieces of at most `max` characters, at line breaks where possible, else at spaces.
 * @example splitText("a\nb", 1) // ["a", "b"]
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    for (const part of splitLongLine(line, max)) {
      const joined = current ? `${current}\n${part}` : part;
      if (joined.length <= max) current = joined;
      else {
        if (current) pieces.push(current);
        current = part;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function splitLongLine(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const space = rest.lastIndexOf(" ", max);
    const cut = space > max / 2 ? space : max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, "");
  }
  parts.push(rest);
  return parts;
}

/** Groups items into chunks of at most `size`. */
export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
