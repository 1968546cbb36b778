/** The calendar command family (issue 6): schedule, move, cancel, meeting, calendar, duties, year. */
import type { CommandSpec, FormSpec } from "../command.js";
import { ANSWER_COMMANDS } from "./answer.js";
import { calendarCommand } from "./calendar.js";
import { cancelCommand } from "./cancel.js";
import { dutiesCommand } from "./duties.js";
import { heldCommand } from "./held.js";
import { meetingCommand } from "./meeting.js";
import { moveCommand } from "./move.js";
import { scheduleCommand, scheduleFormSpec } from "./schedule.js";
import { yearCommand } from "./year.js";

export const CALENDAR_COMMANDS: CommandSpec[] = [
  scheduleCommand,
  moveCommand,
  cancelCommand,
  heldCommand,
  ...ANSWER_COMMANDS,
  meetingCommand,
  calendarCommand,
  dutiesCommand,
  yearCommand,
];

export const CALENDAR_FORMS: FormSpec[] = [scheduleFormSpec];
