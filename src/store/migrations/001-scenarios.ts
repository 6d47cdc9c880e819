// Schema version 1: scenarios and their revisions. A scenario's document is stored exactly as the
// user wrote it (JSON text); every save appends a revision, and the scenario row points at the
// latest one. Deleting moves a scenario to the bin (deleted_at set) until the bin is emptied.
export const version = 1
export const name = 'scenarios and revisions'
export const sql = `
PRAGMA application_id = 1380011344;

CREATE TABLE scenarios (
  id               INTEGER PRIMARY KEY,
  created_at       TEXT    NOT NULL,
  current_revision INTEGER NOT NULL CHECK (current_revision >= 1),
  deleted_at       TEXT
);

CREATE TABLE revisions (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  saved_at    TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  document    TEXT    NOT NULL CHECK (json_valid(document)),
  PRIMARY KEY (scenario_id, revision)
) WITHOUT ROWID;

CREATE INDEX scenarios_in_bin ON scenarios (deleted_at) WHERE deleted_at IS NOT NULL;
`
