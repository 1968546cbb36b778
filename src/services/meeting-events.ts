/**
 * Meeting changes as events inside the changing transaction: reminders rewrite their pending rows, feeds bump
 * their stamps, all in the same transaction as the change (issue "Durable reminders": one transaction).
 */
import type { Tx } from "../../db/connection.js";
import type { MeetingRow } from "./meetings.js";
import { rewriteMeetingReminders } from "./reminders/plan-meeting.js";

export interface MeetingChange {
  /** "recorded": a meeting entered afterwards with `held`; nothing is announced or reminded. */
  kind: "scheduled" | "recorded" | "moved" | "cancelled" | "updated";
  meeting: MeetingRow;
  before?: MeetingRow;
  actor: string;
  now: number;
}

export type MeetingListener = (tx: Tx, change: MeetingChange) => void;

/** Listeners run in order inside the transaction; one that throws rolls the whole change back. */
export const MEETING_LISTENERS: MeetingListener[] = [rewriteMeetingReminders];

export function emitMeetingChange(tx: Tx, change: MeetingChange): void {
  for (const listener of MEETING_LISTENERS) listener(tx, change);
}
