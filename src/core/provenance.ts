// Where a shipped number comes from: stated by the blueprint or a cited survey (`reference`), our
// own reading of one (`derived`), or a placeholder to replace with a quote (`illustrative`).
export type Provenance = 'reference' | 'derived' | 'illustrative'
