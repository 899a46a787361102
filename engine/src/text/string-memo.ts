// A pure function of a string, remembered by its argument: for answers asked again and again on
// every lint and keystroke (a title's key, a date's day number, whether a name is a local
// government), where the strings are the same from one lint to the next.

/**
 * `compute` remembered by argument, in a map cleared when it holds `max` answers: a pathological
 * input (a file of distinct names) must not grow it forever.
 */
export function memoByString<V>(compute: (s: string) => V, max = 4096): (s: string) => V {
  const answers = new Map<string, V>();
  return (s) => {
    let v = answers.get(s);
    if (v === undefined) {
      if (answers.size >= max) answers.clear();
      answers.set(s, (v = compute(s)));
    }
    return v;
  };
}
