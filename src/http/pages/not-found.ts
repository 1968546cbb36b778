/** The one 404 page of the HTML routes: the same for a missing page and one the reader may not see. */
import { html } from "./html.js";

export function renderNotFoundPage(): string {
  return html`<!doctype html><meta charset="utf-8"><title>404</title><p>Not found.</p>`.markup;
}
