-- 0007: the canned FAQ-reply library (docs/faq.md). Replies are small documents the service validates
-- (faqReplyInputSchema in shared/domain/faq-schemas.ts) and the console searches and ranks itself, so the
-- parts are kept as JSON; usage counts feed the ranking. Retired replies stay, for leads and the history.

create table faq_replies (
  id uuid primary key default gen_random_uuid(),
  folder text not null default '',
  keywords jsonb not null default '[]',
  categories jsonb not null default '[]',
  variants jsonb not null,
  prompts jsonb not null default '[]',
  actions jsonb not null default '{}',
  retired boolean not null default false,
  usage_count integer not null default 0,
  usage_by_category jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index faq_replies_folder_index on faq_replies (folder);
