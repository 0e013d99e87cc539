/** Index of the first item whose start is at or after `at`, in a list sorted by start (binary search). */
export function firstAtOrAfter(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
