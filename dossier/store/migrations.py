"""Schema migrations for the SQLite store, applied in order and recorded in ``user_version``.

Never edit a migration that has shipped: add the next one. Each runs in one transaction.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, their copies, extracted records, FTS5 over title and text.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT, title TEXT, publisher TEXT, author TEXT,
        published TEXT, published_basis TEXT, language TEXT,
        text TEXT NOT NULL,
        extraction TEXT NOT NULL,          -- the contract JSON, as exported
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE origins (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        url TEXT,
        seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (document_id, origin)
    );
    CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,             -- JSON array
        mentions INTEGER NOT NULL,
        lat REAL, lon REAL, country TEXT,
        canonical_id TEXT,
        PRIMARY KEY (document_id, local_id)
    );
    CREATE INDEX entities_canonical ON entities(canonical_id);
    CREATE TABLE entity_names (            -- every name and alias, normalised, for lookups
        document_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        key TEXT NOT NULL,
        verbatim TEXT NOT NULL,
        is_name INTEGER NOT NULL,          -- 1 for the entity's name, 0 for an alias
        FOREIGN KEY (document_id, local_id) REFERENCES entities(document_id, local_id)
            ON DELETE CASCADE
    );
    CREATE INDEX entity_names_key ON entity_names(key);
    CREATE TABLE citations (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL, source_entity TEXT, date TEXT, kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX citations_source ON citations(source_entity, source);
    CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        date TEXT, reported TEXT,
        sort_key TEXT,                     -- date or reported, as a sortable string
        placed_by TEXT,
        actors TEXT NOT NULL, targets TEXT NOT NULL, place TEXT,
        citations TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        modality TEXT NOT NULL, confidence REAL NOT NULL, summary TEXT,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX events_sort ON events(sort_key);
    CREATE TABLE judgements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        a TEXT NOT NULL, b TEXT NOT NULL,
        made_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    """,
    # 2: what the store records about itself. "linked" is the state (last document rowid,
    # last judgement id) that cross-document linking last completed over, so a command can
    # tell a base left unlinked by a killed ingest and finish the linking.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: happenings. An event is one happening as one document reports it (contract v2:
    # every mention span, the numbers it gives); documents that carry one report form copy
    # groups; events of many documents that report one happening share a happening id, and
    # the happenings table holds each one's placement, sources and conflicts, rebuilt by
    # every linking. Judgements now name what they judge: entities, happenings or copies.
    # Version 1 rows get their evidence as their one mention and, when undated, the
    # document's date as their placement; linking is marked undone so the next command
    # builds the happenings.
    """
    ALTER TABLE events ADD COLUMN mentions TEXT;
    ALTER TABLE events ADD COLUMN numbers TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE events ADD COLUMN happening_id TEXT;
    CREATE INDEX events_happening ON events(happening_id);
    UPDATE events SET mentions = json_array(json_array(evidence_start, evidence_end));
    UPDATE events SET placed_by = 'published', sort_key = (
        SELECT substr(d.published, 1, 10) FROM documents d WHERE d.id = events.document_id
    ) WHERE sort_key IS NULL;
    UPDATE events SET placed_by = NULL WHERE sort_key IS NULL;
    CREATE TABLE event_entities (      -- who and what each event names, for entity filters
        document_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        role TEXT NOT NULL,                -- actor, target, place, or named in its evidence
        PRIMARY KEY (document_id, event_id, local_id, role),
        FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id)
            ON DELETE CASCADE
    );
    CREATE INDEX event_entities_entity ON event_entities(document_id, local_id);
    INSERT OR IGNORE INTO event_entities
        SELECT e.document_id, e.id, j.value, 'actor' FROM events e, json_each(e.actors) j;
    INSERT OR IGNORE INTO event_entities
        SELECT e.document_id, e.id, j.value, 'target' FROM events e, json_each(e.targets) j;
    INSERT OR IGNORE INTO event_entities
        SELECT document_id, id, place, 'place' FROM events WHERE place IS NOT NULL;
    ALTER TABLE documents ADD COLUMN copy_group TEXT;
    CREATE INDEX documents_copy_group ON documents(copy_group);
    CREATE TABLE fingerprints (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        data TEXT NOT NULL                 -- dossier.group.copies.Fingerprint as JSON
    );
    CREATE TABLE copy_groups (id TEXT PRIMARY KEY, original TEXT NOT NULL);
    CREATE TABLE happenings (
        id TEXT PRIMARY KEY,               -- the smallest report key, "<document>/<event>"
        type TEXT NOT NULL, modality TEXT NOT NULL,
        value TEXT, basis TEXT, precision TEXT, sort_key TEXT,
        summary TEXT NOT NULL,
        lead TEXT NOT NULL,                -- the report key the summary comes from
        reports INTEGER NOT NULL,
        sources TEXT NOT NULL,             -- JSON: one name per independent source
        first_reported TEXT,
        conflicts TEXT NOT NULL            -- JSON: [{"field", "values": [[value, [sources]]]}]
    );
    CREATE INDEX happenings_sort ON happenings(sort_key);
    ALTER TABLE judgements ADD COLUMN target TEXT NOT NULL DEFAULT 'entity'
        CHECK (target IN ('entity', 'happening', 'copy'));
    DELETE FROM meta WHERE key = 'linked';
    """,
    # 4: the web workbench. Local accounts (argon2 hashes), their cookie sessions and API
    # tokens (only a SHA-256 of each token is kept), and the analyst's reviews: every accept,
    # reject, edit, note, merge and split with who, when, the value before and after and a
    # reason. Reviews are kept apart from the machine output, which linking rebuilds, and
    # applied when it is read; a happening is reviewed through one of its reports, whose key
    # ("<document>/<event>") survives re-ingests and relinking. Indexes for the workbench's
    # filters (a document's language, a happening by its lead report).
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,       -- SHA-256 of the cookie or token value
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('session', 'token')),
        label TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        expires_at TEXT                    -- NULL for an API token (revoked by deleting it)
    );
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target TEXT NOT NULL CHECK (target IN ('happening', 'event', 'entity', 'copy')),
        key TEXT NOT NULL,                 -- report key, entity id or document id
        action TEXT NOT NULL,              -- accept, reject, reopen, edit, note, merge, split
        field TEXT,                        -- status, type, date, place, actors, targets, note
        before TEXT, after TEXT,           -- JSON values
        reason TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL,
        made_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX reviews_target ON reviews(target, key, id);
    CREATE INDEX documents_language ON documents(language);
    CREATE INDEX happenings_lead ON happenings(lead);
    """,
    # 5: each happening's languages (of the documents reporting it), kept by linking, so the
    # timeline's language filter and facet read one row per happening instead of joining
    # every report and document (60 ms of a 230 ms first page on 10,000 documents).
    """
    ALTER TABLE happenings ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
    DELETE FROM meta WHERE key = 'linked';
    """,
    # 6: the timeline's order, (sort key, id), as one index, so that a page walks it and
    # stops instead of sorting every happening (140 ms a first page on 330,000 happenings).
    """
    DROP INDEX happenings_sort;
    CREATE INDEX happenings_order ON happenings(sort_key, id);
    """,
    # 7: incremental linking. Every entity record, document and report keeps its blocking
    # keys (entity names, copy fingerprints, happening evidence), so that linking after an
    # ingest finds what the new documents may join by index instead of reading the whole
    # base. Entity and copy keys are written with the document, report keys by linking; the
    # next linking is a full one, which fills them for the documents stored before.
    """
    CREATE TABLE link_keys (
        kind TEXT NOT NULL,                -- 'e' entity record, 'c' document, 'h' report
        key TEXT NOT NULL,
        document_id TEXT NOT NULL,
        item TEXT NOT NULL,                -- local entity id, '' for a document, event id
        PRIMARY KEY (kind, key, document_id, item)
    );
    CREATE INDEX link_keys_item ON link_keys(kind, document_id, item);
    DELETE FROM meta WHERE key IN ('linked', 'link_keys');
    """,
    # 8: a citation's role (the description of its source: "the prosecutor") and relay (the
    # outlet that passed the words on: "…, X told TASS"), which the contract carried and the
    # table lost; filled from each document's stored contract.
    """
    ALTER TABLE citations ADD COLUMN role TEXT;
    ALTER TABLE citations ADD COLUMN relay TEXT;
    UPDATE citations SET (role, relay) = (
        SELECT json_extract(j.value, '$.role'), json_extract(j.value, '$.relay')
        FROM documents d, json_each(d.extraction, '$.citations') j
        WHERE d.id = citations.document_id AND json_extract(j.value, '$.id') = citations.id
    );
    """,
    # 9: what linking keeps per entity (dossier.store.entity_index), so that an entity's
    # timeline and case file read an index instead of every record that names it (0.8-2 s
    # for an entity named in two thirds of 100,000 documents); happenings by type in date
    # order, so that a rare type's page does not walk every happening; an entity's documents
    # in id order; each entity's name keys, so that a name finds its entities without
    # reading every record carrying it (200 ms for a frequent one). The happenings and keys
    # are filled here; the summaries by the next linking (which rebuilds all three,
    # entity_index.VERSION not being recorded yet), and until then an entity is summarised
    # from its records when read.
    """
    CREATE TABLE entity_happenings (
        canonical_id TEXT NOT NULL,
        happening_id TEXT NOT NULL,
        sort_key TEXT,
        type TEXT NOT NULL,
        modality TEXT NOT NULL,
        PRIMARY KEY (canonical_id, happening_id)
    );
    CREATE INDEX entity_happenings_order ON entity_happenings(canonical_id, sort_key, happening_id);
    CREATE INDEX entity_happenings_type
        ON entity_happenings(canonical_id, type, sort_key, happening_id);
    CREATE INDEX entity_happenings_happening ON entity_happenings(happening_id);
    CREATE TABLE entity_summary (
        canonical_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,             -- JSON array
        documents INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        lat REAL, lon REAL, country TEXT
    );
    CREATE TABLE entity_lookup (
        key TEXT NOT NULL,
        canonical_id TEXT NOT NULL,
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
    # 10: what lets a linking after an ingest read little of a big base. Each entity's tally
    # (dossier.store.queries.EntityTally): linking adds an ingest's records to an entity's
    # summary without reading all of its records; the next linking fills it (entity_index
    # VERSION 4 rebuilds the summaries). Each report as linking last built it
    # (dossier.store.grouping.cards), so that the reports an ingest's reports may join are
    # read as one row each instead of from their documents' entities, events and citations;
    # the next linking is a full one, which writes them all (linking.KEYS_VERSION 2), and a
    # report without a card is built from the tables.
    """
    ALTER TABLE entity_summary ADD COLUMN tally TEXT;
    CREATE TABLE report_cards (            -- each report as linking last built it (JSON)
        document_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        modality TEXT NOT NULL,            -- what linking sifts the cards by
        date TEXT,
        latest TEXT,                       -- the report's own date, else publication
        card TEXT NOT NULL,
        PRIMARY KEY (document_id, event_id)
    );
    """,
    # 11: each event's outcome (contract ``events[].outcome``: which of its type's outcomes
    # the trigger tells, "kill", "bury", "body return"), which the happenings linker keeps
    # apart. Events stored before have none until they are extracted again.
    """
    ALTER TABLE events ADD COLUMN outcome TEXT;
    """,
]
