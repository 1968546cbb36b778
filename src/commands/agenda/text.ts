/** Splits free text of agenda commands: `<title> [-- description] [#T3 …]`. */
import { takeGoalTags } from "../../services/agenda/goals.js";

export interface ItemText {
  title: string;
  description?: string;
  goalCodes: string[];
}

const SEPARATOR = /(?:^|\s)--(?:\s|$)/;

export function splitItemText(text: string): ItemText {
  const match = SEPARATOR.exec(text);
  const rawTitle = match ? text.slice(0, match.index) : text;
  const rawDescription = match ? text.slice(match.index + match[0].length) : undefined;
  const title = takeGoalTags(rawTitle);
  const description = rawDescription !== undefined ? takeGoalTags(rawDescription) : undefined;
  const goalCodes = [...new Set([...title.codes, ...(description?.codes ?? [])])];
  return { title: title.text, ...(description ? { description: description.text } : {}), goalCodes };
}
