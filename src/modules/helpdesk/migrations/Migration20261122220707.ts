import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122220707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket_read" drop constraint if exists "helpdesk_ticket_read_user_id_ticket_id_unique";`);
    this.addSql(`create table if not exists "helpdesk_ticket_read" ("id" text not null, "ticket_id" text not null, "user_id" text not null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_read_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_read_ticket_id" ON "helpdesk_ticket_read" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_read_deleted_at" ON "helpdesk_ticket_read" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_read_user_id_ticket_id_unique" ON "helpdesk_ticket_read" ("user_id", "ticket_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_ticket_read" add constraint "helpdesk_ticket_read_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "last_customer_message_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_last_customer_message_at" ON "helpdesk_ticket" ("last_customer_message_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_ticket_read" cascade;`);

    this.addSql(`drop index if exists "IDX_helpdesk_ticket_last_customer_message_at";`);
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "last_customer_message_at";`);
  }

}
