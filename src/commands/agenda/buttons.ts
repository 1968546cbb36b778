/** Buttons of agenda replies: each runs an agenda command as the person who pressed it. */
import type { Action } from "../../conversation/reply.js";
import type { Translate } from "../../i18n/catalog.js";

export function acceptRejectButtons(t: Translate, meetingId: string, number: number): Action[] {
  return [
    { kind: "button", label: t("agenda.button.accept", { number }), command: `agenda accept ${meetingId} #${number}`, style: "primary", settles: true },
    { kind: "button", label: t("agenda.button.reject", { number }), command: `agenda reject ${meetingId} #${number}`, style: "danger", settles: true },
  ];
}

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
