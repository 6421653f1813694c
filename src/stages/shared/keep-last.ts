/**
 * Why the stages' helpers are module-level functions and methods, not closures made per call, and
 * why the last instance of each per-article class is kept.
 *
 * V8 holds a closure's optimized code only weakly when no closure of that site is alive: a full
 * collection between articles threw away the optimized code of every helper made per call, and
 * the next articles ran it unoptimized until it was compiled again. So the stages' helpers are
 * module-level functions, or methods of module-level classes holding the article's state.
 *
 * And V8's optimized code holds the hidden classes (maps) it checks for only weakly, and an instance
 * reaches its map from its class's initial one by adding fields, transitions V8 also keeps weakly.
 * With no instance alive when a full collection comes (between articles, or while the other stages
 * of a batch run), the map dies and every function compiled against it is deoptimized ("weak
 * objects" in `node --trace-deopt-verbose`) and compiled again on the next articles. One live
 * instance keeps the map, and holds one article's objects at most.
 *
 * The two together cost about a hundred functions compiled again after each full collection
 * (0.5–1.5 s of compiling); now about twenty (`node --expose-gc --trace-opt`, a `gc()` between batches).
 */
const kept = new Map<string, object>();

/** `x`, kept as the last instance of `kind` (see above). */
export function keepLast<T extends object>(kind: string, x: T): T {
  kept.set(kind, x);
  return x;
}
