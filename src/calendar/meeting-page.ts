/**
 * The read-only meeting page (issue 7): forum, time in the reader's language, place or online link, agenda
 * deadline, published agenda and final decisions. Plain server-rendered HTML, no JavaScript, fits a phone.
 */
import { t } from "../i18n/catalog.js";
import { formatDateTime, formatSpan } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import type { CalendarForum, CalendarMeeting, PageAgendaItem, PageDecision } from "./calendar-data.js";
import { forumName } from "./calendar-text.js";
import { escapeHtml as h, safeHref } from "./html.js";

export interface MeetingPageView {
  meeting: CalendarMeeting;
  forum: CalendarForum;
  locale: Locale;
  agendaDeadline: number;
  agenda: PageAgendaItem[] | undefined;
  decisions: PageDecision[];
  inviteUrl: string;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:42rem;padding:1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin-top:1.5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}.cancelled{color:#a00;font-weight:600}a{color:#0645ad}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}`;

function link(url: string): string {
  const href = safeHref(url);
  return href ? `<a href="${h(href)}" rel="noopener noreferrer">${h(url)}</a>` : h(url);
}

function fact(label: string, valueHtml: string, id: string): string {
  return `<dt>${h(label)}</dt><dd id="${id}">${valueHtml}</dd>`;
}

function paragraphs(text: string): string {
  return h(text).replace(/\r?\n/g, "<br>");
}

export function renderMeetingPage(view: MeetingPageView): string {
  const { meeting, forum, locale } = view;
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const name = forumName(forum, locale);
  const facts = [
    fact(tr("feeds.page.forum"), h(name), "forum"),
    fact(tr("feeds.page.time"), h(formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.zone)), "time"),
    meeting.place || forum.defaultPlace ? fact(tr("feeds.page.place"), h((meeting.place ?? forum.defaultPlace)!), "place") : "",
    meeting.onlineUrl ? fact(tr("feeds.page.online"), link(meeting.onlineUrl), "online") : "",
    fact(tr("feeds.page.deadline"), h(formatDateTime(view.agendaDeadline, locale, meeting.zone)), "deadline"),
    fact(tr("feeds.page.status"), `<span class="${meeting.status}">${h(tr(`feeds.page.status.${meeting.status}`))}</span>`, "status"),
  ].join("");
  const cancelled = meeting.status === "cancelled" && meeting.cancelReason ? `<p class="cancelled">${paragraphs(meeting.cancelReason)}</p>` : "";
  const agenda = view.agenda?.length
    ? `<ol id="agenda">${view.agenda.map((i) => `<li value="${i.number}">${h(i.title)}</li>`).join("")}</ol>`
    : `<p>${h(tr("feeds.page.noAgenda"))}</p>`;
  const decisions = view.decisions.length
    ? view.decisions.map((d) => `<h3>${h(d.section)} ${h(d.title)}</h3><p>${paragraphs(d.text)}</p>`).join("")
    : `<p>${h(tr("feeds.page.noDecisions"))}</p>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${h(tr("feeds.page.title", { forum: name, id: meeting.id }))}</title><style>${STYLE}</style></head>
<body><main><h1>${h(tr("feeds.page.title", { forum: name, id: meeting.id }))}</h1>${cancelled}<dl>${facts}</dl>
<p><a href="${h(view.inviteUrl)}">${h(tr("feeds.page.addToCalendar"))}</a></p>
<h2>${h(tr("feeds.page.agenda"))}</h2>${agenda}<h2>${h(tr("feeds.page.decisions"))}</h2>${decisions}</main></body></html>`;
}
