import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Search documents in bulk writes (mail ingest): inserted messages mark their
 * tickets once per statement instead of once per row. A bulk writer
 * (`set local helpdesk.bulk_search = 'on'`) keeps the documents itself: it
 * inserts a ticket with its messages' words already in `search_vector`
 * (added to the document of the ticket's own fields), and marks the existing
 * tickets it wrote to; each ticket row is then written once.
 * Written by hand, like the search migration it amends.
 */
export class Migration20261123001500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function helpdesk_ticket_search_trigger() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'INSERT' and current_setting('helpdesk.bulk_search', true) = 'on' then
          new.search_vector := helpdesk_ticket_search_document(new) || coalesce(new.search_vector, ''::tsvector);
        elsif tg_op = 'INSERT' or new.search_vector is null
          or new.subject is distinct from old.subject
          or new.contact_name is distinct from old.contact_name
          or new.contact_email is distinct from old.contact_email
          or new.custom_fields is distinct from old.custom_fields then
          new.search_vector := helpdesk_ticket_search_document(new);
        end if;
        return new;
      end $$;`)
    this.addSql(`
      create or replace function helpdesk_messages_inserted_search_trigger() returns trigger
      language plpgsql as $$
      begin
        if current_setting('helpdesk.bulk_search', true) is distinct from 'on' then
          update helpdesk_ticket set search_vector = null
          where id in (select distinct ticket_id from inserted_messages);
        end if;
        return null;
      end $$;`)
    this.addSql(`drop trigger if exists helpdesk_message_search on "helpdesk_ticket_message";`)
    // Updates keep a row trigger: transition tables cannot go with a column list.
    this.addSql(`create trigger helpdesk_message_search
      after update of body_text, ticket_id, deleted_at on "helpdesk_ticket_message"
      for each row execute function helpdesk_message_search_trigger();`)
    this.addSql(`drop trigger if exists helpdesk_messages_inserted_search on "helpdesk_ticket_message";`)
    this.addSql(`create trigger helpdesk_messages_inserted_search
      after insert on "helpdesk_ticket_message" referencing new table as inserted_messages
      for each statement execute function helpdesk_messages_inserted_search_trigger();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists helpdesk_messages_inserted_search on "helpdesk_ticket_message";`)
    this.addSql(`drop function if exists helpdesk_messages_inserted_search_trigger();`)
    this.addSql(`drop trigger if exists helpdesk_message_search on "helpdesk_ticket_message";`)
    this.addSql(`create trigger helpdesk_message_search
      after insert or update of body_text, ticket_id, deleted_at on "helpdesk_ticket_message"
      for each row execute function helpdesk_message_search_trigger();`)
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
  }
}
