/**
 * `f`, with each answer kept for the life of the returned function. Made per article, so that
 * what it keeps goes with the article: a pure function of a name asked again and again.
 */
export function remembered<T>(f: (s: string) => T): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    let v = answers.get(s);
    if (v === undefined && !answers.has(s)) answers.set(s, (v = f(s)));
    return v as T;
  };
}

/**
 * `f`, with its answers kept from one call to the next, up to `limit` of them: when that many are
 * kept, all are dropped and keeping starts again, so memory does not grow with the articles read.
 * For a pure function of a name that article after article asks again ("Iran", "Tehran",
 * "Reuters"): the lexicon look-ups. A name is kept as a copy of its own, because a name sliced
 * out of an article's text may share that text's memory, and would keep it all alive.
 */
export function rememberedAcross<T>(f: (s: string) => T, limit: number): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    let v = answers.get(s);
    if (v === undefined && !answers.has(s)) {
      if (answers.size >= limit) answers.clear();
      answers.set(ownCopy(s), (v = f(s)));
    }
    return v as T;
  };
}

/** A string equal to `s` that shares no memory with a longer text ('x' + s is a new string; its slice shares only that). */
function ownCopy(s: string): string {
  return ('x' + s).slice(1);
}
