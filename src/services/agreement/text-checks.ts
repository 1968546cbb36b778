/**
 * Control characters anywhere in an agreement file (issue 16 §5): a name or title carrying a terminal escape or a
 * text-direction override would be echoed raw in every reply, feed and page, so the file is refused at that value.
 */
import { findForbiddenCharacter } from "../../domain/text-input.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { Path } from "./yaml-positions.js";
import type { LocatedMessage } from "./zod-issues.js";

export function controlCharacterChecks(data: unknown, locale: Locale): LocatedMessage[] {
  const out: LocatedMessage[] = [];
  const walk = (node: unknown, path: Path) => {
    if (typeof node === "string") {
      const bad = findForbiddenCharacter(node);
      if (bad) out.push({ path, message: t(locale, "input.forbiddenCharacter", { char: bad.label, position: bad.index + 1 }) });
    } else if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, i]);
    } else if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(data, []);
  return out;
}
