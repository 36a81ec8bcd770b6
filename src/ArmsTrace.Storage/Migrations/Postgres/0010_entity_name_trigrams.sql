-- Entity names by their trigrams (pg_trgm), so type-ahead's LIKE on the upper-cased name is an index lookup
-- instead of a test of every name: see SQLite's 0012. pg_trgm is a contrib extension, trusted, so a database
-- owner may create it; where it is missing or not allowed the search works as before, by reading every name.
DO $migration$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE EXTENSION pg_trgm SCHEMA public;
    END IF;
    CREATE INDEX ix_entities_name_trigrams ON entities USING gin (upper(name) public.gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'entity names are not indexed by trigrams: %', SQLERRM;
END
$migration$;
