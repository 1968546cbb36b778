/** The feed and invite commands (issue 7). */
import type { CommandSpec } from "../command.js";
import { inviteCommand } from "./invite.js";
import { subscribeCommand } from "./subscribe.js";
import { unsubscribeCommand } from "./unsubscribe.js";

export const FEED_COMMANDS: CommandSpec[] = [subscribeCommand, unsubscribeCommand, inviteCommand];
