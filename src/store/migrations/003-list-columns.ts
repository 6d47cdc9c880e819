// Schema version 3: the scenario list reads one small table. Each scenario row carries the name
// and save time of its current revision (kept in step by the store in the same transaction as the
// revision), so listing 1,000 scenarios no longer visits 1,000 revision rows with their documents.
export const version = 3
export const name = 'name and save time on scenarios for listing'
export const sql = `
ALTER TABLE scenarios ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE scenarios ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

UPDATE scenarios SET
  name = (SELECT r.name FROM revisions r WHERE r.scenario_id = scenarios.id AND r.revision = scenarios.current_revision),
  updated_at = (SELECT r.saved_at FROM revisions r WHERE r.scenario_id = scenarios.id AND r.revision = scenarios.current_revision);
`
