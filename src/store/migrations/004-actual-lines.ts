// Schema version 4: per-line actuals and remembered import mappings (issue 13). A quarter's lines
// (per role, tool or program, in integer cents) hang off its row in `actuals` and go with it; the
// store keeps them within their category's total. `position` keeps the order they were given in,
// so an export imports back identically. An import's column mapping is remembered per header row
// (its signature: the headers, trimmed and lower-cased, as a JSON array), for every scenario.
export const version = 4
export const name = 'actual lines and import mappings'
export const sql = `
CREATE TABLE actual_lines (
  scenario_id  INTEGER NOT NULL,
  quarter      INTEGER NOT NULL,
  category     TEXT    NOT NULL CHECK (category IN ('people', 'tools', 'programs')),
  line         TEXT    NOT NULL CHECK (length(line) >= 1),
  position     INTEGER NOT NULL CHECK (position >= 0),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  PRIMARY KEY (scenario_id, quarter, category, line),
  FOREIGN KEY (scenario_id, quarter) REFERENCES actuals (scenario_id, quarter) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE import_mappings (
  signature  TEXT NOT NULL PRIMARY KEY,
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
`
