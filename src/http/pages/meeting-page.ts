/**
 * The read-only meeting page (issue 7): forum, time in the reader's language, place or online link, agenda
 * deadline, published agenda and final decisions. Plain server-rendered HTML, no JavaScript, fits a phone.
 */
import type { CalendarForum, CalendarMeeting, PageAgendaItem, PageDecision } from "../../calendar/calendar-data.js";
import { forumName } from "../../calendar/calendar-text.js";
import { t } from "../../i18n/catalog.js";
import { formatDateTime, formatSpan } from "../../i18n/format.js";
import type { Locale } from "../../i18n/locale.js";
import { html, lines, link, raw, type SafeHtml } from "./html.js";

export interface MeetingPageView {
  meeting: CalendarMeeting;
  forum: CalendarForum;
  locale: Locale;
  agendaDeadline: number;
  agenda: PageAgendaItem[] | undefined;
  decisions: PageDecision[];
  inviteUrl: string;
}

const STYLE =
  raw(`body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:42rem;padding:1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin-top:1.5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}.cancelled{color:#a00;font-weight:600}a{color:#0645ad}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}`);

function fact(label: string, value: SafeHtml | string, id: string): SafeHtml {
  return html`<dt>${label}</dt><dd id="${id}">${value}</dd>`;
}

export function renderMeetingPage(view: MeetingPageView): string {
  const { meeting, forum, locale } = view;
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const name = forumName(forum, locale);
  const title = tr("feeds.page.title", { forum: name, id: meeting.id });
  const place = meeting.place ?? forum.defaultPlace;
  const facts = [
    fact(tr("feeds.page.forum"), name, "forum"),
    fact(tr("feeds.page.time"), formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.zone), "time"),
    place ? fact(tr("feeds.page.place"), place, "place") : null,
    meeting.onlineUrl ? fact(tr("feeds.page.online"), link(meeting.onlineUrl), "online") : null,
    fact(tr("feeds.page.deadline"), formatDateTime(view.agendaDeadline, locale, meeting.zone), "deadline"),
    fact(tr("feeds.page.status"), html`<span class="${meeting.status}">${tr(`feeds.page.status.${meeting.status}`)}</span>`, "status"),
  ];
  const cancelled = meeting.status === "cancelled" && meeting.cancelReason ? html`<p class="cancelled">${lines(meeting.cancelReason)}</p>` : null;
  const agenda = view.agenda?.length
    ? html`<ol id="agenda">${view.agenda.map((i) => html`<li value="${i.number}">${i.title}</li>`)}</ol>`
    : html`<p>${tr("feeds.page.noAgenda")}</p>`;
  const decisions = view.decisions.length
    ? view.decisions.map((d) => html`<h3>${d.section} ${d.title}</h3><p>${lines(d.text)}</p>`)
    : html`<p>${tr("feeds.page.noDecisions")}</p>`;
  return html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>${cancelled}<dl>${facts}</dl>
<p><a href="${view.inviteUrl}">${tr("feeds.page.addToCalendar")}</a></p>
<h2>${tr("feeds.page.agenda")}</h2>${agenda}<h2>${tr("feeds.page.decisions")}</h2>${decisions}</main></body></html>`.markup;
}
