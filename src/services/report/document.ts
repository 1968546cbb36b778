/** The yearly report as one language-resolved model; Markdown, HTML, CSV and the chat summary all render it. */
import type { DbOrTx } from "../../../db/connection.js";
import { t } from "../../i18n/catalog.js";
import { formatDate, formatLocalDate } from "../../i18n/format.js";
import { areaLines } from "../goals/area-text.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { DecisionRow } from "../decisions/record.js";
import { labelDecisions } from "../decisions/section-ref.js";
import { formatValue } from "../goals/format-value.js";
import { TREND_ARROW } from "../goals/progress.js";
import { nameList, partyNames } from "../names.js";
import { forumById } from "../forums.js";
import type { YearReport } from "./build.js";

export interface IndicatorDoc {
  code: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  latest: string;
  trend: string;
  status: string;
  values: string;
  /** Per party and the country (issue 20 point 4): latest value, source, trend, status. */
  areas: string[];
}

export interface MeasureDoc {
  code: string;
  title: string;
  parties: string;
  due: string;
  status: string;
}

export interface GoalDoc {
  code: string;
  heading: string;
  status: string;
  indicators: IndicatorDoc[];
  measures: MeasureDoc[];
  measureCounts: string;
  decisions: string[];
}

export interface ReportDoc {
  locale: Locale;
  year: number;
  title: string;
  subtitle?: string;
  summary: string;
  goals: GoalDoc[];
  decisions: string[];
  duties: string[];
  labels: Record<"indicators" | "measures" | "decisions" | "duties" | "noDecisions" | "noDuties" | "status", string>;
  /** "Source: THL Sotkanet, CC BY 4.0, fetched <date>" when any indicator has fetched values. */
  attribution?: string;
}

export function buildReportDocument(db: DbOrTx, report: YearReport, locale: Locale): ReportDoc {
  const counts = { achieved: 0, on_track: 0, behind: 0, not_started: 0 };
  const measures = { done: 0, pending: 0, overdue: 0 };
  const partyName = partyNames(db, locale);
  const parties = (ids: string[]) => nameList(partyName, ids, t(locale, "goals.noParties"), locale, "unit");
  const labels = labelDecisions(db, [...report.decisionsOfYear, ...report.goals.flatMap((g) => g.decisions)], locale);
  const line = (d: DecisionRow) => `${labels.get(d.id)} ${d.title}`;
  const goals = report.goals.map(({ overview: o, decisions }) => {
    counts[o.status]++;
    const mine = { done: 0, pending: 0, overdue: 0 };
    for (const m of o.measures) mine[m.status === "done" ? "done" : m.status === "overdue" ? "overdue" : "pending"]++;
    measures.done += mine.done;
    measures.pending += mine.pending;
    measures.overdue += mine.overdue;
    return {
      code: o.goal.code,
      heading: `${o.goal.code} — ${localized(o.goal.title, locale)}`,
      status: t(locale, `goals.status.${o.status}`),
      indicators: o.indicators.map((i) => {
        const latest = i.series.at(-1);
        return {
          code: i.indicator.code,
          name: localized(i.indicator.name, locale),
          unit: i.indicator.unit,
          baseline: `${formatValue(i.indicator.baselineValue, locale)} (${i.indicator.baselineYear})`,
          target: `${formatValue(i.indicator.targetValue, locale)} (${i.indicator.targetYear})`,
          latest: latest ? `${formatValue(latest.value, locale)} (${latest.year})` : t(locale, "goal.noValue"),
          trend: TREND_ARROW[i.trend],
          status: t(locale, `indicator.status.${i.status}`),
          values: i.series.map((v) => `${v.year}: ${formatValue(v.value, locale)}`).join(", "),
          areas: areaLines(i, locale, partyName),
        };
      }),
      measures: o.measures.map((m) => ({
        code: m.measure.code,
        title: localized(m.measure.title, locale),
        parties: parties(m.measure.partyIds),
        due: m.measure.dueOn ? formatLocalDate(m.measure.dueOn, locale) : "—",
        status: t(locale, `measure.status.${m.status}`),
      })),
      measureCounts: t(locale, "report.measureCounts", mine),
      decisions: decisions.map(line),
    };
  });
  const fetched = report.goals.flatMap((g) => g.overview.indicators.map((i) => i.fetchedAt)).filter((at): at is number => at !== undefined);
  const forumName = report.forum ? `${localized(report.forum.names, locale)} (${report.forum.code})` : undefined;
  return {
    locale,
    year: report.year,
    title: t(locale, "report.title", { year: report.year }),
    ...(forumName ? { subtitle: t(locale, "report.forForum", { forum: forumName }) } : {}),
    summary: t(locale, "report.summary", {
      achieved: counts.achieved,
      onTrack: counts.on_track,
      behind: counts.behind,
      notStarted: counts.not_started,
      ...measures,
      year: report.year,
      decisions: report.decisionsOfYear.length,
    }),
    goals,
    decisions: report.decisionsOfYear.map(line),
    duties: report.duties.map((d) => {
      const known = ["hyte_negotiation", "term_negotiation", "agreement_follow_up"] as const;
      const id = known.find((k) => k === d.rule.id);
      const duty = d.rule.label ? localized(d.rule.label, locale) : id ? t(locale, `report.duty.${id}`) : t(locale, "report.duty.other", { id: d.rule.id });
      const status = d.status === "met" ? "met" : d.status === "missing" ? "missed" : "pending";
      const forum = forumById(db, d.forum.id);
      return t(locale, "report.dutyLine", {
        duty,
        forum: forum ? localized(forum.names, locale) : d.forum.code,
        status: t(locale, `report.duty.${status}`),
        held: d.held.length > 0 ? ` (${d.held.join(", ")})` : "",
      });
    }),
    labels: {
      indicators: t(locale, "goal.indicators"),
      measures: t(locale, "report.measures"),
      decisions: t(locale, "report.decisions"),
      duties: t(locale, "report.duties"),
      noDecisions: t(locale, "report.noDecisions"),
      noDuties: t(locale, "report.noDuties"),
      status: t(locale, "goal.status"),
    },
    ...(fetched.length > 0 ? { attribution: t(locale, "sotkanet.attribution", { date: formatDate(Math.max(...fetched), locale, report.zone) }) } : {}),
  };
}
