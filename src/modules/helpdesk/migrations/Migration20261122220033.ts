import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122220033 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket_watcher" drop constraint if exists "helpdesk_ticket_watcher_ticket_id_user_id_unique";`);
    this.addSql(`create table if not exists "helpdesk_canned_reply" ("id" text not null, "title" text not null, "body" text not null, "department_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_canned_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_canned_reply_deleted_at" ON "helpdesk_canned_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_canned_reply_department_id" ON "helpdesk_canned_reply" ("department_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_customer_note" ("id" text not null, "customer_id" text not null, "author_id" text null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_customer_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_customer_note_deleted_at" ON "helpdesk_customer_note" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_customer_note_customer_id_created_at" ON "helpdesk_customer_note" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket_watcher" ("id" text not null, "ticket_id" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_watcher_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_watcher_ticket_id" ON "helpdesk_ticket_watcher" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_watcher_deleted_at" ON "helpdesk_ticket_watcher" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_watcher_ticket_id_user_id_unique" ON "helpdesk_ticket_watcher" ("ticket_id", "user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_watcher_user_id" ON "helpdesk_ticket_watcher" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_ticket_watcher" add constraint "helpdesk_ticket_watcher_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_canned_reply" cascade;`);

    this.addSql(`drop table if exists "helpdesk_customer_note" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket_watcher" cascade;`);
  }

}
