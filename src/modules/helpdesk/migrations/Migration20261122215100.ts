import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Full-text search: one search document per ticket (number, subject, contact,
 * custom field values and the text of every message, note and forward), kept
 * current by triggers so every write path updates it, under a GIN index. The
 * 'simple' configuration does no stemming, so Russian and English work alike.
 *
 * Written by hand: the data model language has no tsvector type, so
 * `plugin:db:generate` cannot produce it (nor will it try to drop it: the
 * column is not in the models' snapshot).
 */
export class Migration20261122215100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "search_vector" tsvector null;`)
    this.addSql(`
      create or replace function helpdesk_ticket_search_document(t helpdesk_ticket) returns tsvector
      language sql stable as $$
        select
          -- The address whole and in parts, so "olga@exa" and "example" find it too.
          setweight(to_tsvector('simple', concat_ws(' ', t.number, t.subject, t.contact_name,
            t.contact_email, translate(t.contact_email, '@.', '  '))), 'A')
          || to_tsvector('simple', coalesce((
               select string_agg(f.value, ' ') from jsonb_each_text(
                 case when jsonb_typeof(t.custom_fields) = 'object' then t.custom_fields else '{}'::jsonb end
               ) f), ''))
          || to_tsvector('simple', coalesce((
               select string_agg(m.body_text, ' ') from helpdesk_ticket_message m
               where m.ticket_id = t.id and m.deleted_at is null), ''))
      $$;`)
    this.addSql(`
      create or replace function helpdesk_ticket_search_trigger() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'INSERT' or new.search_vector is null
          or new.subject is distinct from old.subject
          or new.contact_name is distinct from old.contact_name
          or new.contact_email is distinct from old.contact_email
          or new.custom_fields is distinct from old.custom_fields then
          new.search_vector := helpdesk_ticket_search_document(new);
        end if;
        return new;
      end $$;`)
    // A message written, edited, moved or soft-deleted marks its ticket(s) for
    // recomputation; hard deletes happen only with the ticket itself.
    this.addSql(`
      create or replace function helpdesk_message_search_trigger() returns trigger
      language plpgsql as $$
      begin
        update helpdesk_ticket set search_vector = null
        where id = new.ticket_id or (tg_op = 'UPDATE' and id = old.ticket_id);
        return null;
      end $$;`)
    this.addSql(`drop trigger if exists helpdesk_ticket_search on "helpdesk_ticket";`)
    this.addSql(`create trigger helpdesk_ticket_search before insert or update on "helpdesk_ticket"
      for each row execute function helpdesk_ticket_search_trigger();`)
    this.addSql(`drop trigger if exists helpdesk_message_search on "helpdesk_ticket_message";`)
    this.addSql(`create trigger helpdesk_message_search
      after insert or update of body_text, ticket_id, deleted_at on "helpdesk_ticket_message"
      for each row execute function helpdesk_message_search_trigger();`)
    this.addSql(`update "helpdesk_ticket" set search_vector = null;`)
    this.addSql(`create index if not exists "IDX_helpdesk_ticket_search_vector" on "helpdesk_ticket"
      using gin (search_vector) where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists helpdesk_message_search on "helpdesk_ticket_message";`)
    this.addSql(`drop trigger if exists helpdesk_ticket_search on "helpdesk_ticket";`)
    this.addSql(`drop function if exists helpdesk_message_search_trigger();`)
    this.addSql(`drop function if exists helpdesk_ticket_search_trigger();`)
    this.addSql(`drop index if exists "IDX_helpdesk_ticket_search_vector";`)
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "search_vector";`)
    this.addSql(`drop function if exists helpdesk_ticket_search_document(helpdesk_ticket);`)
  }
}
