/**
 * What the annual clock of a year shows: the region's meetings grouped by forum kind (one ring each), the year's
 * duties, and the seeds' annual cycle. Shared by the `year` command and the picture route.
 */
import type { DbOrTx } from "../../../db/connection.js";
import { cycleArcsOf, type CycleArc } from "../../domain/annual-cycle.js";
import { extendTerms } from "../../domain/council-terms.js";
import type { Duty } from "../../domain/duties.js";
import { councilTermsOf, localDayRange, meetingsBetween } from "../calendar-query.js";
import { dutiesFor, yearRange } from "../duties.js";
import type { MeetingRow } from "../meetings.js";
import { listForums, type ForumRow } from "../forums.js";
import type { RegionRow } from "../regions.js";
import { canRead } from "../access.js";
import type { UseCase } from "../use-case.js";

export interface ClockRing {
  kind: string;
  forums: ForumRow[];
  meetings: MeetingRow[];
  duties: Duty[];
}

export interface AnnualClockModel {
  year: number;
  zone: string;
  rings: ClockRing[];
  arcs: CycleArc[];
  meetings: MeetingRow[];
  duties: Duty[];
  forums: Map<number, ForumRow>;
}

export interface ClockOptions {
  /** Keep only these forums (the ones the viewer may read; the public picture shows public forums). */
  include?: (forum: ForumRow) => boolean;
}

export function annualClockModel(db: DbOrTx, region: RegionRow, year: number, now: number, options: ClockOptions = {}): AnnualClockModel {
  const forums = listForums(db, region.id).filter(options.include ?? (() => true));
  const byId = new Map(forums.map((f) => [f.id, f]));
  const range = yearRange(year);
  const span = localDayRange(range.from, range.to, region.zone);
  const meetings = meetingsBetween(db, { forumIds: [...byId.keys()], ...span, zone: region.zone, includeCancelled: false });
  const allDuties = dutiesFor(db, region.id, range, now).filter((d) => byId.has(d.forum.id));
  const kinds = [...new Set(forums.map((f) => f.kind))];
  const rings = kinds.map((kind) => ({
    kind,
    forums: forums.filter((f) => f.kind === kind),
    meetings: meetings.filter((m) => byId.get(m.forumId)?.kind === kind),
    duties: allDuties.filter((d) => d.forum.kind === kind),
  }));
  const terms = extendTerms(councilTermsOf(db, region.id), range.to);
  return { year, zone: region.zone, rings, arcs: cycleArcsOf(year, terms), meetings, duties: allDuties, forums: byId };
}

/** The annual clock as anyone may see it: public forums only (the picture chat clients fetch by its address). */
export function publicAnnualClock(db: DbOrTx, region: RegionRow, year: number, now: number): AnnualClockModel {
  return annualClockModel(db, region, year, now, { include: (forum) => forum.isPublic });
}

/**
 * The `year` use case: the annual clock of the forums the person may read (a private forum's meetings and duties
 * only for its members and the admins). The picture served by address is `publicAnnualClock`.
 */
export function readableAnnualClock(uc: UseCase, region: RegionRow, year: number): AnnualClockModel {
  return annualClockModel(uc.db, region, year, uc.now, { include: (forum) => canRead(uc, forum) });
}
