/** Block Kit types from @slack/types, re-exported by @slack/bolt; named once here so renderers read plainly. */
import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ActionsBlock = types.ActionsBlock;
export type Button = types.Button;
export type InputBlock = types.InputBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type PlainTextOption = types.PlainTextOption;
