-- As SQLite's 0008: only reviewed claims are worth indexing by review, and an index over every claim
-- invites plans that scan all claims for each entity.
DROP INDEX ix_claims_review;
CREATE INDEX ix_claims_review ON claims(review) WHERE review IS NOT NULL;
