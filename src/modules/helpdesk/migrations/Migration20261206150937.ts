import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206150937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_agent_preference" drop constraint if exists "helpdesk_agent_preference_user_id_unique";`);
    this.addSql(`create table if not exists "helpdesk_agent_preference" ("id" text not null, "user_id" text not null, "history_order" text check ("history_order" in ('asc', 'desc')) not null default 'asc', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_agent_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_agent_preference_deleted_at" ON "helpdesk_agent_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_agent_preference_user_id_unique" ON "helpdesk_agent_preference" ("user_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_agent_preference" cascade;`);
  }

}
