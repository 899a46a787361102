// Appending one array to another. `target.push(...items)` passes every item as an argument on the
// stack: past ~120,000 items (a paragraph of that many citations, a line of that many characters'
// offsets) it throws RangeError, and the whole lint or preview with it.

/** Appends `items` to `target` in place, whatever their number; returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let k = 0; k < items.length; k++) target.push(items[k]);
  return target;
}
