/**
 * Slack's 3-second windows, counted from when a request reaches us: a view_submission must be answered (acked)
 * within 3 s, and a trigger_id (slash command, button) opens a modal only within 3 s of the click
 * (https://docs.slack.dev/interactivity/handling-user-interaction#modal_responses). The budgets leave the rest for
 * the trip back; they are real elapsed time (the network's clock, not the core's controllable one).
 */
export interface SlackBudgets {
  /** From receipt of a view_submission to its ack. */
  ackMs: number;
  /** From receipt of a command or button press to calling views.open with its trigger_id. */
  triggerMs: number;
}

export const DEFAULT_BUDGETS: SlackBudgets = { ackMs: 2500, triggerMs: 2500 };

export interface Deadline {
  expired(): boolean;
  /** Resolves with "late" when the deadline passes (the timer does not keep the process alive). */
  late(): Promise<"late">;
}

export function startDeadline(ms: number): Deadline {
  const end = performance.now() + ms;
  return {
    expired: () => performance.now() >= end,
    late: () => new Promise((resolve) => setTimeout(() => resolve("late"), Math.max(0, end - performance.now())).unref()),
  };
}
