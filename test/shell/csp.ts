// Reads a Content-Security-Policy for assertions; kept apart from harness.ts so tests that only
// read policies load no database code.

/** A Content-Security-Policy as directive name -> its sources. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]))
}
