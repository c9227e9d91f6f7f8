-- 0006: auto-triage (docs/triage.md). The trained category suggester, kept so a restarted service suggests
-- at once; the lead-set confidence above which a disagreeing customer category marks a ticket "possibly
-- misfiled"; and that mark on each ticket, decided at intake.

create table triage_models (
  -- One row, the model in force: retraining replaces it.
  id boolean primary key default true check (id),
  model jsonb not null,
  example_count integer not null,
  categories text[] not null,
  trained_at timestamptz not null default now(),
  -- Milliseconds the last training took, for docs/triage.md's figures and the status endpoint.
  training_ms integer not null
);

create table triage_settings (
  id boolean primary key default true check (id),
  misfiled_threshold double precision not null default 0.8 check (misfiled_threshold > 0 and misfiled_threshold <= 1),
  updated_at timestamptz not null default now()
);
insert into triage_settings (id) values (true);

alter table tickets add column possibly_misfiled boolean not null default false;
