/** Buttons of agenda replies: each runs an agenda command as the person who pressed it. */
import type { Action } from "../../conversation/reply.js";
import type { Translate } from "../../i18n/catalog.js";

/** The same buttons the secretary's notice of a late item carries. */
export { acceptRejectButtons } from "../../services/agenda/late-notice.js";

export function publishButton(t: Translate, meetingId: string): Action {
  return { kind: "button", label: t("agenda.button.publish"), command: `agenda publish ${meetingId}`, style: "primary", settles: true };
}

export function exportButton(t: Translate, meetingId: string): Action {
  return { kind: "button", label: t("agenda.button.export"), command: `agenda export ${meetingId} md` };
}

export function viewButton(t: Translate, meetingId: string): Action {
  return { kind: "button", label: t("agenda.button.view"), command: `agenda ${meetingId}` };
}

export function proposeButton(t: Translate, meetingId: string): Action {
  return { kind: "button", label: t("agenda.button.propose"), command: `agenda add ${meetingId}`, style: "primary" };
}
