// Where a shipped number comes from (docs/model.md): the UI and the exports show it wherever the
// number appears, and never call a derived or illustrative number a reference.

/**
 * `reference`: stated by the blueprint or a cited survey; `derived`: our own reading of a
 * reference (one percent per phase from the blueprint's bands); `illustrative`: a placeholder.
 */
export type Provenance = 'reference' | 'derived' | 'illustrative'
