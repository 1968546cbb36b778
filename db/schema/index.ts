/** The whole schema, one file per aggregate. drizzle-kit reads this file (drizzle.config.ts). */
export * from "./region.js";
export * from "./agreement.js";
export * from "./forum.js";
export * from "./meeting.js";
export * from "./agenda.js";
export * from "./decision.js";
export * from "./audit.js";
export * from "./reminder.js";
export * from "./conversation.js";
export * from "./slack.js";
export * from "./feed.js";
export * from "./meeting-response.js";
export * from "./settings.js";
export * from "./teams.js";
