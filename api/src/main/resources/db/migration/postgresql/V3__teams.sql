-- Teams (employer skill planning): a named group of a tenant's stored learners, planned together
-- toward target roles (GET /v1/teams/{id}/plan). The same tables as sqlite/V2__teams.sql.
-- target_occupations is a JSON array of strings written by Jackson; members keep their order.

CREATE TABLE teams (
    tenant_id           VARCHAR(64)  NOT NULL REFERENCES tenants (id),
    id                  VARCHAR(200) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    target_occupations  TEXT         NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE team_members (
    tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenants (id),
    team_id     VARCHAR(200) NOT NULL,
    learner_id  VARCHAR(200) NOT NULL,
    position    INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, team_id, learner_id)
);
-- erasing a learner removes their memberships
CREATE INDEX team_members_tenant_learner ON team_members (tenant_id, learner_id);
