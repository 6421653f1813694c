/**
 * The last instance of each per-article class, kept alive until the next article's replaces it.
 *
 * V8's optimized code holds the hidden classes (maps) it checks for only weakly, and an instance
 * reaches its map from its class's initial one by adding fields, transitions V8 also keeps weakly.
 * With no instance alive when a full collection comes (between articles, or while the other stages
 * of a batch run), the map dies and every function compiled against it is deoptimized ("weak
 * objects" in `node --trace-deopt-verbose`) and compiled again on the next articles: about a
 * hundred functions after each full collection, before the stages kept theirs. One live instance
 * keeps the map, and holds one article's objects at most.
 */
const kept = new Map<string, object>();

/** `x`, kept as the last instance of `kind` (see above). */
export function keepLast<T extends object>(kind: string, x: T): T {
  kept.set(kind, x);
  return x;
}
