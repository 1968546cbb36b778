/** The decisions family for the router table: decision, decisions, minutes, and the decision form. */
import type { CommandSpec, FormSpec } from "../command.js";
import { decisionCommand } from "./decision.js";
import { decisionFormSpec } from "./decision-form.js";
import { decisionsCommand } from "./decisions.js";
import { minutesCommand } from "./minutes.js";

export const DECISION_COMMANDS: CommandSpec[] = [decisionCommand, decisionsCommand, minutesCommand];
export const DECISION_FORMS: FormSpec[] = [decisionFormSpec];
