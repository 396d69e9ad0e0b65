import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206061756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_customer_email" drop constraint if exists "helpdesk_customer_email_customer_id_email_unique";`);
    this.addSql(`create table if not exists "helpdesk_customer_email" ("id" text not null, "customer_id" text not null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_customer_email_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_customer_email_deleted_at" ON "helpdesk_customer_email" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_customer_email_customer_id_email_unique" ON "helpdesk_customer_email" ("customer_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_customer_email_email" ON "helpdesk_customer_email" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_customer_email" cascade;`);
  }

}
