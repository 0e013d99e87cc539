/** Index of the first item whose `key` is at least `at`, in a list sorted by that key (binary search). */
export function lowerBound<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose start is at or after `at`, in a list sorted by start. */
export function firstAtOrAfter(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  return lowerBound(sorted, at, (s) => s.start);
}
