/** The goals family for the router table: goals, goal, measure, indicator and the yearly report. */
import type { CommandSpec } from "../command.js";
import { indicatorCommand, measureCommand } from "./follow-up.js";
import { goalCommand } from "./goal.js";
import { goalsCommand } from "./goals.js";
import { reportCommand } from "./report.js";

export const GOAL_COMMANDS: CommandSpec[] = [goalsCommand, goalCommand, measureCommand, indicatorCommand, reportCommand];
