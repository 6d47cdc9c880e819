// Schema version 2: quarterly actuals per scenario. Money is stored as integer cents so sums are
// exact; capabilities in place are a JSON array of catalog ids.
export const version = 2
export const name = 'quarterly actuals'
export const sql = `
CREATE TABLE actuals (
  scenario_id    INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  quarter        INTEGER NOT NULL CHECK (quarter >= 0),
  people_cents   INTEGER NOT NULL CHECK (people_cents >= 0),
  tools_cents    INTEGER NOT NULL CHECK (tools_cents >= 0),
  programs_cents INTEGER NOT NULL CHECK (programs_cents >= 0),
  hires          INTEGER NOT NULL CHECK (hires >= 0),
  capabilities   TEXT    NOT NULL CHECK (json_valid(capabilities)),
  note           TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  PRIMARY KEY (scenario_id, quarter)
) WITHOUT ROWID;
`
