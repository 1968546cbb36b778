/**
 * Small helpers for an import that updates in place: compare a stored row with the values from the file and
 * audit only what changed (create, update with before/after of the changed fields, delete).
 */
import type { Audit } from "../audit.js";

type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `next` whose value differs from `current`, as before/after, or undefined when none. */
export function changedFields(current: Fields, next: Fields): { before: Fields; after: Fields } | undefined {
  const before: Fields = {};
  const after: Fields = {};
  for (const [key, value] of Object.entries(next)) {
    if (same(current[key], value)) continue;
    before[key] = current[key] ?? null;
    after[key] = value ?? null;
  }
  return Object.keys(after).length > 0 ? { before, after } : undefined;
}

export interface Synced {
  entity: string;
  entityId: string;
}

/** Audits a create, an update (only when something changed) or a delete; returns whether anything changed. */
export function auditSync(audit: Audit, { entity, entityId }: Synced, current: Fields | undefined, next: Fields | undefined): boolean {
  if (!current && next) {
    audit({ action: `${entity}.create`, entity, entityId, after: next });
    return true;
  }
  if (current && !next) {
    audit({ action: `${entity}.delete`, entity, entityId, before: current });
    return true;
  }
  if (!current || !next) return false;
  const diff = changedFields(current, next);
  if (diff) audit({ action: `${entity}.update`, entity, entityId, ...diff });
  return diff !== undefined;
}
