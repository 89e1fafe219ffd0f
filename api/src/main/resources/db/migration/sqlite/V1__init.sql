-- Credpath API schema for the embedded SQLite store (the same tables as db/migration/postgresql).
-- SQLite does not enforce VARCHAR lengths, so each length is a CHECK: a value the PostgreSQL schema
-- would refuse is refused here too. JSON documents are TEXT written by Jackson; timestamps are TEXT in
-- ISO-8601 UTC with nine fraction digits (uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ), so text order is time order.

CREATE TABLE tenants (
    id          TEXT NOT NULL PRIMARY KEY CHECK (length(id) <= 64),
    name        TEXT NOT NULL CHECK (length(name) <= 200),
    created_at  TEXT NOT NULL
);

CREATE TABLE api_keys (
    id              TEXT    NOT NULL PRIMARY KEY CHECK (length(id) <= 64),
    tenant_id       TEXT    NOT NULL REFERENCES tenants (id),
    key_hash        TEXT    NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    key_type        TEXT    NOT NULL CHECK (key_type IN ('admin', 'tenant', 'public')),
    label           TEXT    NOT NULL CHECK (length(label) <= 200),
    origins         TEXT    NOT NULL,
    rate_per_minute INTEGER NOT NULL,
    burst           INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    revoked_at      TEXT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE learners (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    id          TEXT NOT NULL CHECK (length(id) <= 200),
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE pathways (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    id          TEXT NOT NULL CHECK (length(id) <= 64),
    learner_id  TEXT CHECK (length(learner_id) <= 200),
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX pathways_tenant_learner ON pathways (tenant_id, learner_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id),
    learner_id     TEXT    NOT NULL CHECK (length(learner_id) <= 200),
    credential_id  TEXT    NOT NULL CHECK (length(credential_id) <= 300),
    event_type     TEXT    NOT NULL CHECK (length(event_type) <= 16),
    occurred_at    TEXT    NOT NULL,
    rank_position  INTEGER,
    request_id     TEXT    CHECK (length(request_id) <= 200),
    received_at    TEXT    NOT NULL,
    event_id       TEXT    CHECK (length(event_id) <= 200)
);
CREATE INDEX events_tenant_time ON events (tenant_id, occurred_at);
-- Events may carry the sender's id; one id is stored once per tenant (INSERT ... ON CONFLICT DO
-- NOTHING). Events without an id (NULL) never conflict.
CREATE UNIQUE INDEX events_tenant_event_id ON events (tenant_id, event_id);
CREATE INDEX events_tenant_learner ON events (tenant_id, learner_id);

CREATE TABLE credentials (
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    id          TEXT NOT NULL CHECK (length(id) <= 300),
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- Facts about the store itself, e.g. that the rows of an earlier H2 database were imported.
CREATE TABLE store_meta (
    name   TEXT NOT NULL PRIMARY KEY,
    value  TEXT NOT NULL
);
