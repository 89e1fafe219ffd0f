-- Teams (employer skill planning): a named group of a tenant's stored learners, planned together
-- toward target roles (GET /v1/teams/{id}/plan). The same tables as postgresql/V3__teams.sql.
-- target_occupations is a JSON array of strings written by Jackson; members keep their order.

CREATE TABLE teams (
    tenant_id           TEXT NOT NULL REFERENCES tenants (id),
    id                  TEXT NOT NULL CHECK (length(id) <= 200),
    name                TEXT NOT NULL CHECK (length(name) <= 200),
    target_occupations  TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE team_members (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id),
    team_id     TEXT    NOT NULL CHECK (length(team_id) <= 200),
    learner_id  TEXT    NOT NULL CHECK (length(learner_id) <= 200),
    position    INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, team_id, learner_id)
);
-- erasing a learner removes their memberships
CREATE INDEX team_members_tenant_learner ON team_members (tenant_id, learner_id);
