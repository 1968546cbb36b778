/**
 * One generated region of the national dataset: its wellbeing services county, regional council and municipalities,
 * four people per party, an agreement with six goals (indicators, measures), and the forums every region has
 * (chairs, board chairs, top management, the two statutory negotiations, the advisory board, two networks and a
 * bilateral forum per municipality). Forum codes carry the region's number (JOHTO03), so meeting ids stay unique
 * in one file. Written with plain statements: this is bulk data, not a use case.
 */
import type Database from "better-sqlite3";
import type { Random } from "./random.js";
import { FIRST_NAMES, LAST_NAMES, PLACES, SUBJECTS_FI, SUBJECTS_SV } from "./words.js";

export interface GeneratedRegion {
  id: string;
  municipalities: number;
}

const TERMS = [
  ["2017-06-01", "2021-07-31"],
  ["2021-08-01", "2025-05-31"],
  ["2025-06-01", "2029-05-31"],
] as const;

const FORUMS: { code: string; kind: string; cadence: string; followsUp?: boolean; isPublic?: boolean }[] = [
  { code: "PJF", kind: "chairs_forum", cadence: "yearly" },
  { code: "HPJF", kind: "board_chairs_forum", cadence: "half_yearly" },
  { code: "JOHTO", kind: "top_management_forum", cadence: "half_yearly", followsUp: true },
  { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly" },
  { code: "NEUVT", kind: "term_negotiation", cadence: "per_term" },
  { code: "ANK", kind: "advisory_board", cadence: "quarterly" },
  { code: "LAPSET", kind: "network", cadence: "monthly" },
  { code: "TYO", kind: "network", cadence: "monthly" },
];

const json = (value: unknown) => JSON.stringify(value);

/** Writes region number `n` (1…) with `municipalities` municipalities; returns its id. */
export function addRegion(sqlite: Database.Database, n: number, municipalities: number, random: Random): GeneratedRegion {
  const nn = String(n).padStart(2, "0");
  const id = `alue-${nn}`;
  const place = (i: number) => PLACES[(n + i) % PLACES.length]!;
  sqlite
    .prepare("insert into regions (id, names, zone, default_locale, languages, settings) values (?, ?, 'Europe/Helsinki', 'fi', '[\"fi\",\"sv\"]', '{}')")
    .run(id, json({ fi: `Alue ${nn}`, sv: `Område ${nn}` }));
  const term = sqlite.prepare("insert into council_terms (region_id, starts_on, ends_on, position) values (?, ?, ?, ?)");
  for (const [i, [from, to]] of TERMS.entries()) term.run(id, from, to, i);

  const party = sqlite.prepare("insert into parties (id, region_id, kind, names, short_name, position) values (?, ?, ?, ?, ?, ?)");
  const partyIds: string[] = [`${id}-hva`, `${id}-liitto`];
  party.run(partyIds[0], id, "wellbeing_county", json({ fi: `Hyvinvointialue ${nn}`, sv: `Välfärdsområde ${nn}` }), `HVA${nn}`, 0);
  party.run(partyIds[1], id, "regional_council", json({ fi: `Maakuntaliitto ${nn}`, sv: `Landskapsförbund ${nn}` }), `Liitto${nn}`, 1);
  for (let m = 1; m <= municipalities; m++) {
    const pid = `${id}-kunta-${m}`;
    party.run(pid, id, "municipality", json({ fi: `${place(m)} ${nn}/${m}`, sv: `${place(m)} ${nn}/${m}` }), `${place(m)}${m}`, m + 1);
    partyIds.push(pid);
  }

  const person = sqlite.prepare("insert into people (id, region_id, name, email, party_id, title, roles, locale, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const people: string[] = [];
  partyIds.forEach((pid, p) => {
    for (let k = 0; k < 4; k++) {
      const pers = `${pid}-h${k}`;
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const roles = p === 0 && k === 0 ? ["admin"] : [];
      person.run(pers, id, name, `${pers}@example.fi`, pid, k === 0 ? "johtaja" : "asiantuntija", json(roles), k === 3 ? "sv" : null, people.length);
      people.push(pers);
    }
  });

  const { id: agreementId } = sqlite
    .prepare(
      "insert into agreements (region_id, title, term_starts_on, status, approved_on, principles) values (?, ?, '2017-09-01', 'in_force', '2017-08-20', '[]') returning id",
    )
    .get(id, json({ fi: `Alueen ${nn} yhteistyösopimus`, sv: `Samarbetsavtal för område ${nn}` })) as { id: number };
  const goal = sqlite.prepare("insert into goals (agreement_id, code, area, title, position) values (?, ?, ?, ?, ?) returning id");
  const indicator = sqlite.prepare(
    "insert into indicators (goal_id, code, name, unit, baseline_value, baseline_year, target_value, target_year, direction, source, position) values (?, ?, ?, '%', ?, 2017, ?, 2027, ?, 'THL Sotkanet', ?)",
  );
  const measure = sqlite.prepare("insert into measures (goal_id, code, title, due_on, status, position) values (?, ?, ?, ?, ?, ?) returning id");
  const measureParty = sqlite.prepare("insert into measure_parties (measure_id, party_id) values (?, ?)");
  for (let g = 1; g <= 6; g++) {
    const subject = SUBJECTS_FI[(n + g) % SUBJECTS_FI.length]!;
    const { id: goalId } = goal.get(
      agreementId,
      `T${g}`,
      "Hyvinvoinnin ja terveyden edistäminen",
      json({ fi: `${subject} paranee`, sv: `${SUBJECTS_SV[g % SUBJECTS_SV.length]} förbättras` }),
      g,
    ) as {
      id: number;
    };
    for (let i = 1; i <= 2; i++) {
      const higher = i === 1;
      const base = random.int(20, 60);
      indicator.run(goalId, `T${g}-M${i}`, json({ fi: `Mittari ${g}.${i}: ${subject}` }), base, higher ? base + 8 : base - 8, higher ? "higher" : "lower", i);
    }
    for (let i = 1; i <= 2; i++) {
      const { id: measureId } = measure.get(
        goalId,
        `T${g}-T${i}`,
        json({ fi: `Toimenpide ${g}.${i}: ${subject}` }),
        `202${5 + i}-12-31`,
        i === 1 ? "in_progress" : "open",
        i,
      ) as {
        id: number;
      };
      for (const pid of random.sample(partyIds, 2)) measureParty.run(measureId, pid);
    }
  }

  const forum = sqlite.prepare(
    "insert into forums (region_id, code, kind, names, cadence, is_public, follows_up_agreement, convening_party_id, convener_id, secretary_id, default_place, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
  );
  const member = sqlite.prepare("insert into forum_members (forum_id, person_id, role, party_id, position) values (?, ?, ?, ?, ?)");
  const specs = [
    ...FORUMS,
    ...Array.from({ length: municipalities }, (_, m) => ({
      code: `K${nn}${m + 1}`,
      kind: "bilateral",
      cadence: "as_needed",
      isPublic: false,
      followsUp: false,
    })),
  ];
  specs.forEach((spec, position) => {
    const code = spec.code.startsWith("K") && spec.kind === "bilateral" ? spec.code : `${spec.code}${nn}`;
    const secretary = people[1]!;
    const { id: forumId } = forum.get(
      id,
      code,
      spec.kind,
      json({ fi: `${spec.code} ${nn}`, sv: `${spec.code} ${nn}` }),
      spec.cadence,
      spec.isPublic === false ? 0 : 1,
      spec.followsUp ? 1 : 0,
      partyIds[0],
      people[0],
      secretary,
      place(position),
      position,
    ) as { id: number };
    // The bilateral forum seats the county and that municipality; the others a spread of every party.
    const seats =
      spec.kind === "bilateral"
        ? [people[0]!, people[1]!, ...people.slice((position - FORUMS.length + 2) * 4, (position - FORUMS.length + 2) * 4 + 3)]
        : random.sample(people, 12);
    const seated = [...new Set([people[0]!, secretary, ...seats])];
    for (const [i, pers] of seated.entries()) member.run(forumId, pers, i === 0 ? "chair" : "member", pers.replace(/-h\d$/, ""), i);
  });
  return { id, municipalities };
}
