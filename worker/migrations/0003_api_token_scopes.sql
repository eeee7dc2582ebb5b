-- What an API token may reach: the memberships (org, role) it was minted for. A request with the
-- token acts with its owner's current memberships bounded by this scope (the same org, the lower of
-- the two roles), so a token never carries more than its creator could grant at minting — joining
-- another organisation later does not extend old tokens.
-- Removing a member deletes the scope rows of their tokens for that org, and a downgrade lowers them:
-- adding the email again (or raising the role again) never brings old tokens back.
CREATE TABLE api_token_scopes (
  token_id TEXT NOT NULL REFERENCES api_tokens(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  role TEXT NOT NULL CHECK (role IN ('school', 'department', 'admin')),
  PRIMARY KEY (token_id, org_id)
) WITHOUT ROWID;
CREATE INDEX api_token_scopes_org ON api_token_scopes(org_id);

-- Tokens that exist today keep exactly what their owners have today.
INSERT INTO api_token_scopes (token_id, org_id, role)
SELECT t.id, m.org_id, m.role FROM api_tokens t JOIN members m ON m.email = t.email WHERE t.revoked_at IS NULL;
