// The workspace schema as numbered migrations: `PRAGMA user_version` says which have run. Each
// migration runs in one transaction; a database newer than the last one here is refused.

export interface Migration {
  version: number
  description: string
  sql: string
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'projects, documents and versions, repairs, alignments, pairs, findings, history, search',
    sql: `
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('kk', 'ru')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- A re-imported, corrected text is a new version; old versions stay.
      CREATE TABLE document_versions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL,
        original_text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        -- [clean, original] breakpoints (JSON) mapping clean offsets back to the original text.
        offset_map TEXT NOT NULL,
        units TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (document_id, version)
      ) STRICT;

      -- What the normaliser changed; a reverted repair puts the original text back where it is shown.
      CREATE TABLE repairs (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        clean_start INTEGER NOT NULL,
        clean_end INTEGER NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted', 'reverted')),
        changed_at TEXT,
        changed_by TEXT
      ) STRICT;
      CREATE INDEX repairs_by_version ON repairs (version_id, clean_start);

      CREATE TABLE alignments (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kk_version_id INTEGER NOT NULL REFERENCES document_versions(id),
        ru_version_id INTEGER NOT NULL REFERENCES document_versions(id),
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      -- Pairs are spans [start, end) into the clean texts (NULL: empty side); kk_text/ru_text hold
      -- a reviewer's edit of a side. seq orders the pairs of one level; gaps leave room to insert.
      CREATE TABLE pairs (
        id INTEGER PRIMARY KEY,
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('article', 'sentence')),
        parent_id INTEGER,
        seq REAL NOT NULL,
        kk_start INTEGER,
        kk_end INTEGER,
        ru_start INTEGER,
        ru_end INTEGER,
        kk_text TEXT,
        ru_text TEXT,
        kk_labels TEXT NOT NULL DEFAULT '[]',
        ru_labels TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL,
        reasons TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'needs-review', 'rejected')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pairs_in_order ON pairs (alignment_id, level, seq);

      -- What the checks found (kind: number, date, reference…; 'alignment' for the aligner's own
      -- notes) with the spans on both sides; a dismissed finding keeps its reason, who and when.
      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        pair_id INTEGER,
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
        message TEXT NOT NULL,
        kk_start INTEGER,
        kk_end INTEGER,
        ru_start INTEGER,
        ru_end INTEGER,
        dismissed_reason TEXT,
        dismissed_at TEXT,
        dismissed_by TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_by_alignment ON findings (alignment_id, pair_id);

      -- Every change as row snapshots before and after, so undo and redo survive a restart.
      CREATE TABLE operations (
        id INTEGER PRIMARY KEY,
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX operations_by_alignment ON operations (alignment_id, id);

      -- Concordance (rowid = pairs.id): folded text of both sides, trigram-indexed, and the text
      -- as shown, so that hits need not load whole documents.
      CREATE VIRTUAL TABLE pair_search USING fts5 (kk, ru, kk_shown UNINDEXED, ru_shown UNINDEXED, tokenize = 'trigram');
    `,
  },
  {
    version: 2,
    description: 'the file format of each version, its headers, footers and notes, and versions found by their bytes',
    sql: `
      -- 'text', 'html', 'docx', 'rtf' or 'pdf'; versions imported before were all text files.
      ALTER TABLE document_versions ADD COLUMN file_format TEXT NOT NULL DEFAULT 'text';
      -- Headers, footers and notes of the file (JSON), kept apart from the aligned text.
      ALTER TABLE document_versions ADD COLUMN apart TEXT NOT NULL DEFAULT '[]';
      -- A folder import skips pairs whose files were imported before.
      CREATE INDEX document_versions_by_sha256 ON document_versions (sha256);
    `,
  },
  {
    version: 3,
    description: 'the spans of each version\'s text that its reader generated (list numbers)',
    sql: `
      -- [start, end) spans of clean_text (JSON) that Word or HTML list numbering put there: a CAT
      -- tool's segments leave them out, so the TMX does too.
      ALTER TABLE document_versions ADD COLUMN generated TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 4,
    description: 'what each finding is about (its detail), to say it in the interface language',
    sql: `
      -- JSON { code, ...values } (aligner/checks/messages.ts); NULL for findings stored before, which keep their English message.
      ALTER TABLE findings ADD COLUMN detail TEXT;
    `,
  },
  {
    version: 5,
    description: 'the concordance index without a copy of the text (the documents hold it)',
    sql: `
      -- Contentless (content=''): which pairs hold each trigram of the folded texts, no text and no
      -- positions (detail=none); rows can still be deleted (contentless_delete). Search takes the
      -- pairs holding all the query's trigrams and checks their text, read from the documents.
      CREATE VIRTUAL TABLE pair_search_index USING fts5 (kk, ru, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram');
      INSERT INTO pair_search_index (rowid, kk, ru) SELECT rowid, kk, ru FROM pair_search;
      DROP TABLE pair_search;
      ALTER TABLE pair_search_index RENAME TO pair_search;
    `,
  },
  {
    version: 6,
    description: 'imported pairs queued for the concordance index, indexed before the next search',
    sql: `
      -- Sentence pairs an import stored and the index does not hold yet (search-index.ts).
      CREATE TABLE search_pending (pair_id INTEGER PRIMARY KEY);
    `,
  },
  {
    version: 7,
    description: 'the text as read and the parsed structure of new versions deflated (archive.ts)',
    sql: `
      -- Versions stored from now on leave original_text and units empty and keep them here, deflated;
      -- NULL for versions stored before, which keep them as text.
      ALTER TABLE document_versions ADD COLUMN original_deflated BLOB;
      ALTER TABLE document_versions ADD COLUMN units_deflated BLOB;
    `,
  },
  {
    version: 8,
    description: 'the repairs of new versions packed in the version until a screen asks for them (repair-log.ts)',
    sql: `
      -- NULL: the version's repairs are rows of repairs (stored before, or unpacked since).
      ALTER TABLE document_versions ADD COLUMN repairs_deflated BLOB;
    `,
  },
]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
