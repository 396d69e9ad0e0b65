import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122205439 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_number_unique";`);
    this.addSql(`alter table if exists "helpdesk_department_member" drop constraint if exists "helpdesk_department_member_department_id_user_id_unique";`);
    this.addSql(`create table if not exists "helpdesk_department" ("id" text not null, "name" text not null, "description" text null, "is_public" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_department_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_department_deleted_at" ON "helpdesk_department" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_department_member" ("id" text not null, "department_id" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_department_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_department_member_department_id" ON "helpdesk_department_member" ("department_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_department_member_deleted_at" ON "helpdesk_department_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_department_member_department_id_user_id_unique" ON "helpdesk_department_member" ("department_id", "user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_department_member_user_id" ON "helpdesk_department_member" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket" ("id" text not null, "number" text not null, "subject" text not null, "status" text not null default 'new', "status_before_delete" text null, "channel" text not null, "customer_id" text null, "contact_email" text not null, "contact_name" text null, "department_id" text null, "assignee_id" text null, "order_id" text null, "language" text null, "custom_fields" jsonb null, "last_message_at" timestamptz null, "customer_read_at" timestamptz null, "closed_at" timestamptz null, "archived_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_department_id" ON "helpdesk_ticket" ("department_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_deleted_at" ON "helpdesk_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_number_unique" ON "helpdesk_ticket" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_status_updated_at" ON "helpdesk_ticket" ("status", "updated_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_created_at" ON "helpdesk_ticket" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_last_message_at" ON "helpdesk_ticket" ("last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_customer_id" ON "helpdesk_ticket" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_order_id" ON "helpdesk_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_assignee_id" ON "helpdesk_ticket" ("assignee_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_channel" ON "helpdesk_ticket" ("channel") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_contact_email" ON "helpdesk_ticket" ("contact_email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket_event" ("id" text not null, "ticket_id" text not null, "type" text not null, "actor_type" text check ("actor_type" in ('customer', 'agent', 'colleague', 'system')) not null, "actor_id" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_event_ticket_id" ON "helpdesk_ticket_event" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_event_deleted_at" ON "helpdesk_ticket_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_event_ticket_id_created_at" ON "helpdesk_ticket_event" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_event_actor_id_type" ON "helpdesk_ticket_event" ("actor_id", "type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket_message" ("id" text not null, "ticket_id" text not null, "kind" text check ("kind" in ('message', 'note', 'forward', 'system')) not null default 'message', "author_type" text check ("author_type" in ('customer', 'agent', 'colleague', 'system')) not null, "author_id" text null, "author_email" text null, "author_name" text null, "body_text" text not null default '', "body_html" text null, "message_id" text null, "in_reply_to" text null, "references" text[] null, "delivery_status" text check ("delivery_status" in ('pending', 'sending', 'sent', 'failed')) null, "raw_file_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_ticket_id" ON "helpdesk_ticket_message" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_deleted_at" ON "helpdesk_ticket_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_ticket_id_created_at" ON "helpdesk_ticket_message" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_message_id" ON "helpdesk_ticket_message" ("message_id") WHERE message_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_delivery_status" ON "helpdesk_ticket_message" ("delivery_status") WHERE delivery_status IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket_attachment" ("id" text not null, "message_id" text not null, "file_id" text not null, "filename" text not null, "content_type" text not null, "size" integer not null, "content_id" text null, "inline" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_attachment_message_id" ON "helpdesk_ticket_attachment" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_attachment_deleted_at" ON "helpdesk_ticket_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_department_member" add constraint "helpdesk_department_member_department_id_foreign" foreign key ("department_id") references "helpdesk_department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "helpdesk_ticket" add constraint "helpdesk_ticket_department_id_foreign" foreign key ("department_id") references "helpdesk_department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "helpdesk_ticket_event" add constraint "helpdesk_ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "helpdesk_ticket_message" add constraint "helpdesk_ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "helpdesk_ticket_attachment" add constraint "helpdesk_ticket_attachment_message_id_foreign" foreign key ("message_id") references "helpdesk_ticket_message" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_department_member" drop constraint if exists "helpdesk_department_member_department_id_foreign";`);

    this.addSql(`alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_department_id_foreign";`);

    this.addSql(`alter table if exists "helpdesk_ticket_event" drop constraint if exists "helpdesk_ticket_event_ticket_id_foreign";`);

    this.addSql(`alter table if exists "helpdesk_ticket_message" drop constraint if exists "helpdesk_ticket_message_ticket_id_foreign";`);

    this.addSql(`alter table if exists "helpdesk_ticket_attachment" drop constraint if exists "helpdesk_ticket_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "helpdesk_department" cascade;`);

    this.addSql(`drop table if exists "helpdesk_department_member" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket_event" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket_message" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket_attachment" cascade;`);
  }

}
