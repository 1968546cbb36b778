/** Commands take the neutral context defined in src/context.ts (services and the scheduler use it too). */
export type { Context, CoreDeps } from "../context.js";
