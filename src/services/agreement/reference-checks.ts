/**
 * Checks across the agreement file that zod cannot see: ids and codes used twice, and references to parties
 * and people that the file does not define. Each message names the path of the offending value.
 */
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { AgreementFile } from "./file-schema.js";
import type { Path } from "./yaml-positions.js";
import type { LocatedMessage } from "./zod-issues.js";

interface Occurrence {
  value: string;
  path: Path;
}

function duplicates(items: Occurrence[], locale: Locale): LocatedMessage[] {
  const seen = new Set<string>();
  const out: LocatedMessage[] = [];
  for (const item of items) {
    if (seen.has(item.value)) out.push({ path: item.path, message: t(locale, "agreement.v.duplicate", { value: item.value }) });
    seen.add(item.value);
  }
  return out;
}

export function referenceChecks(file: AgreementFile, locale: Locale): LocatedMessage[] {
  const out: LocatedMessage[] = [];
  const partyIds = new Set(file.parties.map((p) => p.id));
  const personIds = new Set(file.people.map((p) => p.id));
  const party = (value: string | undefined, path: Path) => {
    if (value !== undefined && !partyIds.has(value)) out.push({ path, message: t(locale, "agreement.v.unknownParty", { value }) });
  };
  const person = (value: string | undefined, path: Path) => {
    if (value !== undefined && !personIds.has(value)) out.push({ path, message: t(locale, "agreement.v.unknownPerson", { value }) });
  };
  const goals = file.agreement.goals;

  out.push(
    ...duplicates(
      file.region.council_terms.map((c, i) => ({ value: c.start, path: ["region", "council_terms", i, "start"] })),
      locale,
    ),
    ...duplicates(
      file.parties.map((p, i) => ({ value: p.id, path: ["parties", i, "id"] })),
      locale,
    ),
    ...duplicates(
      file.people.map((p, i) => ({ value: p.id, path: ["people", i, "id"] })),
      locale,
    ),
    // Chat users are linked by e-mail, so one address must name one person.
    ...duplicates(
      file.people.flatMap((p, i) => (p.email ? [{ value: p.email.toLowerCase(), path: ["people", i, "email"] }] : [])),
      locale,
    ),
    ...duplicates(
      file.people.flatMap((p, i) => (["slack", "teams"] as const).flatMap((k) => (p[k] ? [{ value: `${p[k]}`, path: ["people", i, k] }] : []))),
      locale,
    ),
    ...duplicates(
      goals.map((g, i) => ({ value: g.code, path: ["agreement", "goals", i, "code"] })),
      locale,
    ),
    ...duplicates(
      goals.flatMap((g, i) => g.indicators.map((x, j) => ({ value: x.code, path: ["agreement", "goals", i, "indicators", j, "code"] }))),
      locale,
    ),
    ...duplicates(
      goals.flatMap((g, i) => g.measures.map((x, j) => ({ value: x.code, path: ["agreement", "goals", i, "measures", j, "code"] }))),
      locale,
    ),
    ...duplicates(
      file.forums.map((f, i) => ({ value: f.code, path: ["forums", i, "code"] })),
      locale,
    ),
    ...duplicates(
      file.forums.flatMap((f, i) => f.channels.map((c, j) => ({ value: `${c.platform}:${c.channel}`, path: ["forums", i, "channels", j, "channel"] }))),
      locale,
    ),
    ...duplicates(
      (file.meetings ?? []).map((m, i) => ({ value: m.id, path: ["meetings", i, "id"] })),
      locale,
    ),
  );

  for (const [i, p] of file.people.entries()) party(p.party, ["people", i, "party"]);
  for (const [i, g] of goals.entries()) {
    for (const [j, m] of g.measures.entries()) {
      for (const [k, r] of m.responsible.entries()) party(r, ["agreement", "goals", i, "measures", j, "responsible", k]);
    }
  }
  file.forums.forEach((f, i) => {
    party(f.convening_party, ["forums", i, "convening_party"]);
    person(f.convener, ["forums", i, "convener"]);
    person(f.secretary, ["forums", i, "secretary"]);
    out.push(
      ...duplicates(
        f.members.map((m, j) => ({ value: m.person, path: ["forums", i, "members", j, "person"] })),
        locale,
      ),
    );
    f.members.forEach((m, j) => {
      person(m.person, ["forums", i, "members", j, "person"]);
      party(m.party, ["forums", i, "members", j, "party"]);
    });
  });
  return out;
}
