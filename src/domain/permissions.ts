/**
 * Who may do what (DESIGN "Who may do what"), as pure functions over roles. Services enforce them; a refusal names
 * the roles that would be needed (`rolesFor`).
 */
export type Capability = "admin" | "manage_meetings" | "shape_agenda" | "record_decisions" | "finish_minutes" | "propose_agenda" | "read_forum";

export type RoleName = "admin" | "secretary" | "convener" | "member";

export interface Actor {
  personId: string | undefined;
  isAdmin: boolean;
}

export interface ForumAccess {
  isPublic: boolean;
  convenerId: string | null;
  secretaryId: string | null;
  memberIds: ReadonlySet<string>;
}

const ROLES: Record<Capability, RoleName[]> = {
  admin: ["admin"],
  manage_meetings: ["secretary", "convener", "admin"],
  shape_agenda: ["secretary", "convener", "admin"],
  record_decisions: ["secretary", "convener", "admin"],
  finish_minutes: ["secretary", "convener", "admin"],
  propose_agenda: ["member", "secretary", "convener", "admin"],
  read_forum: ["member", "secretary", "convener", "admin"],
};

export function rolesFor(capability: Capability): RoleName[] {
  return ROLES[capability];
}

export function rolesOf(actor: Actor, forum?: ForumAccess): Set<RoleName> {
  const roles = new Set<RoleName>();
  if (actor.isAdmin) roles.add("admin");
  if (!actor.personId || !forum) return roles;
  if (forum.secretaryId === actor.personId) roles.add("secretary");
  if (forum.convenerId === actor.personId) roles.add("convener");
  if (forum.memberIds.has(actor.personId)) roles.add("member");
  return roles;
}

/**
 * @example can({ personId: "p1", isAdmin: false }, "manage_meetings", forum) // true when p1 is its secretary
 */
export function can(actor: Actor, capability: Capability, forum?: ForumAccess): boolean {
  if (capability === "read_forum" && forum?.isPublic && actor.personId) return true;
  const held = rolesOf(actor, forum);
  return ROLES[capability].some((role) => held.has(role));
}
