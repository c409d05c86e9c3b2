/**
 * Wraps a unit of main-thread work in performance.measure('glose:<what>') so that it can be
 * measured from the page (the benchmark reads these entries).
 */
export function measure<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // Very old engines without the options form: measuring is optional.
    }
  }
}
