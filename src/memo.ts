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
