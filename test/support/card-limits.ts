/**
 * Checks an Adaptive Card as Teams would take it: parsed and validated by Microsoft's own `adaptivecards` package
 * against schema 1.5 (unknown element or action types, invalid property values, missing required properties,
 * duplicate input ids), plus what Teams adds on top: a message of at most about 28 KB
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages) and no more buttons
 * in one row than Teams shows (its host config shows 5; the rest is hidden, so we put them behind "more").
 * Returns one line per problem with a JSON pointer; an empty list means Teams would show the card whole.
 */
import { createRequire } from "node:module";

export const CARD_LIMITS = {
  /** Teams refuses bot messages over about 28 KB; the card is most of one. */
  bytes: 28 * 1024,
  /** Buttons Teams shows in one ActionSet or the card's actions. */
  actionsPerRow: 5,
  version: "1.5",
  /** User-specific views of one card (refresh.userIds), https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views */
  refreshUsers: 60,
} as const;

interface ValidationEvent {
  message: string;
  source?: { getJsonTypeName?: () => string };
}

interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: ValidationEvent[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(index: number): ValidationEvent };
}

// The package's `lib` build is ESM without file extensions, which Node cannot load; its UMD bundle works anywhere.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AdaptiveCardsModule;

type Node = Record<string, unknown>;

/** Walks every ActionSet and card-level action list (also inside Action.ShowCard cards) for the per-row limit. */
function checkRows(node: unknown, pointer: string, errors: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      checkRows(child, `${pointer}/${i}`, errors);
    });
    return;
  }
  if (!node || typeof node !== "object") return;
  const element = node as Node;
  const isRow = element.type === "ActionSet" || element.type === "AdaptiveCard";
  if (isRow && Array.isArray(element.actions) && element.actions.length > CARD_LIMITS.actionsPerRow) {
    errors.push(`${element.actions.length} actions in one row, Teams shows ${CARD_LIMITS.actionsPerRow} [${pointer}/actions]`);
  }
  for (const [key, value] of Object.entries(element)) checkRows(value, `${pointer}/${key}`, errors);
}

/** Problems Teams would have with this card (schema 1.5 via the adaptivecards package, and Teams' limits). */
export function checkCard(card: unknown): string[] {
  const errors: string[] = [];
  const json = card as Node;
  if (json?.type !== "AdaptiveCard") return ["not an AdaptiveCard [/type]"];
  if (json.version !== CARD_LIMITS.version) errors.push(`version ${String(json.version)}, expected ${CARD_LIMITS.version} [/version]`);
  const bytes = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (bytes > CARD_LIMITS.bytes) errors.push(`${bytes} bytes, Teams takes at most ${CARD_LIMITS.bytes} [/]`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(`schema: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) {
    errors.push(`schema: ${event.message} (${event.source?.getJsonTypeName?.() ?? "card"})`);
  }
  checkRows(card, "", errors);
  const refresh = json.refresh as { action?: Node; userIds?: unknown } | undefined;
  if (refresh) {
    if (refresh.action?.type !== "Action.Execute") errors.push("refresh action is not an Action.Execute [/refresh/action]");
    if (!Array.isArray(refresh.userIds)) errors.push("refresh without userIds (needed in channels and group chats) [/refresh/userIds]");
    else if (refresh.userIds.length > CARD_LIMITS.refreshUsers)
      errors.push(`${refresh.userIds.length} refresh userIds, Teams takes at most ${CARD_LIMITS.refreshUsers} [/refresh/userIds]`);
  }
  return errors;
}

/** Every Adaptive Card attached to an activity, with its problems (cards only; other attachments pass). */
export function checkActivityCards(activity: Record<string, unknown>): string[] {
  const attachments = (activity.attachments ?? []) as { contentType?: string; content?: unknown }[];
  return attachments.flatMap((a, i) =>
    a.contentType === "application/vnd.microsoft.card.adaptive" ? checkCard(a.content).map((e) => `attachments/${i}: ${e}`) : [],
  );
}
