"""Schema migrations for the PostgreSQL store, applied in order and recorded in
``dossier_schema``.

Migration 1 is the SQLite store's schema after its migration 5, in PostgreSQL's words, with
full-text search as a ``tsvector`` column in place of FTS5. Never edit a migration that has
shipped: add the next one, here and in :mod:`dossier.store.migrations` alike. Text columns are
compared byte by byte (``COLLATE "C"``), as SQLite compares them, so that sort keys and
prefixes order the same way on both engines whatever the server's locale.
"""

from __future__ import annotations

# The search configuration of a document's language: stemming for the two languages we
# have rules for, plain words for every other.
SEARCH_CONFIG = (
    "CASE WHEN left(language, 2) = 'ru' THEN 'russian'::regconfig "
    "WHEN left(language, 2) = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END"
)
# A tsvector holds at most 1 MB: the words of the first 400,000 characters are searchable.
SEARCHABLE_CHARS = 400_000

PG_MIGRATIONS: list[str] = [
    f"""
    CREATE TABLE documents (
        rowid BIGSERIAL UNIQUE,
        id TEXT COLLATE "C" PRIMARY KEY,
        url TEXT, title TEXT, publisher TEXT, author TEXT,
        published TEXT COLLATE "C", published_basis TEXT, language TEXT,
        text TEXT NOT NULL,
        extraction TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        copy_group TEXT COLLATE "C",
        search tsvector GENERATED ALWAYS AS (
            to_tsvector({SEARCH_CONFIG},
                left(coalesce(title, '') || ' ' || text, {SEARCHABLE_CHARS}))
        ) STORED
    );
    CREATE INDEX documents_search ON documents USING GIN (search);
    CREATE INDEX documents_copy_group ON documents(copy_group);
    CREATE INDEX documents_language ON documents(language);
    CREATE TABLE origins (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        url TEXT,
        seen_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        PRIMARY KEY (document_id, origin)
    );
    CREATE TABLE entities (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        name TEXT COLLATE "C" NOT NULL,
        aliases TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT,
        canonical_id TEXT COLLATE "C",
        PRIMARY KEY (document_id, local_id)
    );
    CREATE INDEX entities_canonical ON entities(canonical_id);
    CREATE TABLE entity_names (
        document_id TEXT COLLATE "C" NOT NULL,
        local_id TEXT COLLATE "C" NOT NULL,
        key TEXT COLLATE "C" NOT NULL,
        verbatim TEXT COLLATE "C" NOT NULL,
        is_name INTEGER NOT NULL,
        FOREIGN KEY (document_id, local_id) REFERENCES entities(document_id, local_id)
            ON DELETE CASCADE
    );
    CREATE INDEX entity_names_key ON entity_names(key);
    CREATE INDEX entity_names_record ON entity_names(document_id, local_id);
    CREATE TABLE citations (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT COLLATE "C" NOT NULL,
        source TEXT COLLATE "C" NOT NULL, source_entity TEXT COLLATE "C",
        date TEXT COLLATE "C", kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX citations_source ON citations(source_entity, source);
    CREATE TABLE events (
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        date TEXT COLLATE "C", reported TEXT COLLATE "C",
        sort_key TEXT COLLATE "C",
        placed_by TEXT,
        actors TEXT NOT NULL, targets TEXT NOT NULL, place TEXT COLLATE "C",
        citations TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        modality TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, summary TEXT,
        mentions TEXT,
        numbers TEXT NOT NULL DEFAULT '[]',
        happening_id TEXT COLLATE "C",
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX events_sort ON events(sort_key);
    CREATE INDEX events_happening ON events(happening_id);
    CREATE TABLE event_entities (
        document_id TEXT COLLATE "C" NOT NULL,
        event_id TEXT COLLATE "C" NOT NULL,
        local_id TEXT COLLATE "C" NOT NULL,
        role TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (document_id, event_id, local_id, role),
        FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id)
            ON DELETE CASCADE
    );
    CREATE INDEX event_entities_entity ON event_entities(document_id, local_id);
    CREATE TABLE judgements (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        a TEXT COLLATE "C" NOT NULL, b TEXT COLLATE "C" NOT NULL,
        made_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        target TEXT NOT NULL DEFAULT 'entity' CHECK (target IN ('entity', 'happening', 'copy'))
    );
    CREATE TABLE meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE fingerprints (
        document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    CREATE TABLE copy_groups (id TEXT COLLATE "C" PRIMARY KEY, original TEXT NOT NULL);
    CREATE TABLE happenings (
        id TEXT COLLATE "C" PRIMARY KEY,
        type TEXT COLLATE "C" NOT NULL, modality TEXT NOT NULL,
        value TEXT COLLATE "C", basis TEXT, precision TEXT, sort_key TEXT COLLATE "C",
        summary TEXT NOT NULL,
        lead TEXT COLLATE "C" NOT NULL,
        reports INTEGER NOT NULL,
        sources TEXT NOT NULL,
        first_reported TEXT COLLATE "C",
        conflicts TEXT NOT NULL,
        languages TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX happenings_sort ON happenings(sort_key);
    CREATE INDEX happenings_lead ON happenings(lead);
    CREATE TABLE users (
        id BIGSERIAL PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    );
    CREATE TABLE sessions (
        token_hash TEXT COLLATE "C" PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('session', 'token')),
        label TEXT,
        created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        expires_at TEXT COLLATE "C"
    );
    CREATE TABLE reviews (
        id BIGSERIAL PRIMARY KEY,
        target TEXT COLLATE "C" NOT NULL
            CHECK (target IN ('happening', 'event', 'entity', 'copy')),
        key TEXT COLLATE "C" NOT NULL,
        action TEXT NOT NULL,
        field TEXT,
        before TEXT, after TEXT,
        reason TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL,
        made_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    );
    CREATE INDEX reviews_target ON reviews(target, key, id);
    """,
    # 2: SQLite's migration 6, the timeline's order as one index.
    """
    DROP INDEX happenings_sort;
    CREATE INDEX happenings_order ON happenings(sort_key, id);
    """,
    # 3: SQLite's migration 7, the blocking keys that incremental linking looks up.
    """
    CREATE TABLE link_keys (
        kind TEXT COLLATE "C" NOT NULL,
        key TEXT COLLATE "C" NOT NULL,
        document_id TEXT COLLATE "C" NOT NULL,
        item TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, key, document_id, item)
    );
    CREATE INDEX link_keys_item ON link_keys(kind, document_id, item);
    DELETE FROM meta WHERE key IN ('linked', 'link_keys');
    """,
    # 4: SQLite's migration 8, a citation's role and relay.
    """
    ALTER TABLE citations ADD COLUMN role TEXT COLLATE "C", ADD COLUMN relay TEXT COLLATE "C";
    UPDATE citations c SET role = j ->> 'role', relay = j ->> 'relay'
    FROM documents d, jsonb_array_elements(d.extraction::jsonb -> 'citations') j
    WHERE d.id = c.document_id AND j ->> 'id' = c.id;
    """,
    # 5: SQLite's migration 9, what linking keeps per entity.
    """
    CREATE TABLE entity_happenings (
        canonical_id TEXT COLLATE "C" NOT NULL,
        happening_id TEXT COLLATE "C" NOT NULL,
        sort_key TEXT COLLATE "C",
        type TEXT COLLATE "C" NOT NULL,
        modality TEXT NOT NULL,
        PRIMARY KEY (canonical_id, happening_id)
    );
    CREATE INDEX entity_happenings_order ON entity_happenings(canonical_id, sort_key, happening_id);
    CREATE INDEX entity_happenings_type
        ON entity_happenings(canonical_id, type, sort_key, happening_id);
    CREATE INDEX entity_happenings_happening ON entity_happenings(happening_id);
    CREATE TABLE entity_summary (
        canonical_id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        aliases TEXT NOT NULL,
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT COLLATE "C"
    );
    CREATE TABLE entity_lookup (
        key TEXT COLLATE "C" NOT NULL,
        canonical_id TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (key, canonical_id)
    );
    CREATE INDEX entity_lookup_entity ON entity_lookup(canonical_id);
    INSERT INTO entity_lookup (key, canonical_id)
    SELECT DISTINCT n.key, e.canonical_id FROM entity_names n JOIN entities e
    ON e.document_id = n.document_id AND e.local_id = n.local_id
    WHERE e.canonical_id IS NOT NULL;
    CREATE INDEX happenings_type ON happenings(type, sort_key, id);
    DROP INDEX entities_canonical;
    CREATE INDEX entities_canonical ON entities(canonical_id, document_id);
    INSERT INTO entity_happenings (canonical_id, happening_id, sort_key, type, modality)
    SELECT DISTINCT n.canonical_id, e.happening_id, h.sort_key, h.type, h.modality
    FROM events e JOIN happenings h ON h.id = e.happening_id JOIN event_entities x
    ON x.document_id = e.document_id AND x.event_id = e.id JOIN entities n
    ON n.document_id = x.document_id AND n.local_id = x.local_id
    WHERE n.canonical_id IS NOT NULL;
    """,
    # 6: SQLite's migration 10, each entity's tally and each report's card.
    """
    ALTER TABLE entity_summary ADD COLUMN tally TEXT;
    CREATE TABLE report_cards (
        document_id TEXT COLLATE "C" NOT NULL,
        event_id TEXT COLLATE "C" NOT NULL,
        modality TEXT NOT NULL,
        date TEXT,
        latest TEXT,
        card TEXT NOT NULL,
        PRIMARY KEY (document_id, event_id)
    );
    """,
    # 7: SQLite's migration 11, each event's outcome.
    """
    ALTER TABLE events ADD COLUMN outcome TEXT COLLATE "C";
    """,
]
