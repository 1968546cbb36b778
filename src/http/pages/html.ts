/**
 * The `html` tagged template every server-rendered page is written with: each interpolated value is escaped
 * (text, numbers, lists of either), unless it is itself `html` output or markup passed through `raw()` on
 * purpose, so text from people can never become markup by a forgotten call.
 *
 * @example html`<p class="${kind}">${title}</p>` // title "<b>" renders as &lt;b&gt;
 */
import { escapeHtml, safeHref } from "../../calendar/html.js";

/** Markup that is safe to send as it is: built by `html` or vouched for by `raw`. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate: false, null and undefined render nothing (for `cond && html\`…\``). */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || typeof value === "boolean") return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  for (const [i, value] of values.entries()) markup += render(value) + (strings[i + 1] ?? "");
  return new SafeHtml(markup);
}

/** Markup we wrote ourselves (a style sheet, an entity); never text that came from a person. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Text with its line breaks kept as <br>. */
export function lines(text: string): SafeHtml[] {
  return text.split(/\r?\n/).map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
}

/** A link when the URL is http(s); any other scheme (javascript:, data:) is shown as text. */
export function link(url: string): SafeHtml {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer">${url}</a>` : html`${url}`;
}
