-- Events may carry the sender's id; one id is stored once per tenant, so re-posting a batch is
-- idempotent (INSERT ... ON CONFLICT DO NOTHING). Events without an id (NULL) never conflict.
ALTER TABLE events ADD COLUMN event_id VARCHAR(200);
CREATE UNIQUE INDEX events_tenant_event_id ON events (tenant_id, event_id);
CREATE INDEX events_tenant_learner ON events (tenant_id, learner_id);
CREATE INDEX pathways_tenant_learner ON pathways (tenant_id, learner_id);
