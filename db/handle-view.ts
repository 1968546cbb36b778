/**
 * A view of a database handle that carries something for one piece of work (a chat command's write budget): the same
 * connection, methods and query builders through the prototype, plus its own fields. Caches keyed by handle
 * (`prepared`) key by the handle the view was made from, so a view per command costs one small object.
 */
const ROOT = Symbol("root handle");

/** A view of `db` with `fields` of its own; a view of a view has the same root. */
export function handleView<D extends object>(db: D, fields: Record<symbol, unknown>): D {
  const view: Record<symbol, unknown> = Object.create(db);
  view[ROOT] = rootHandle(db);
  for (const key of Object.getOwnPropertySymbols(fields)) view[key] = fields[key];
  return view as D;
}

/** The handle a view was made from (the handle itself when it is not a view). */
export function rootHandle<D extends object>(db: D): D {
  return ((db as Record<symbol, unknown>)[ROOT] as D | undefined) ?? db;
}
