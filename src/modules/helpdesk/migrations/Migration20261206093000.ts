import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The table the public forms' rate limits are counted in when the store runs
 * without Redis (rate-limiter-flexible's PostgreSQL layout: the key, the
 * points used, the expiry in epoch milliseconds). Not a model: only the
 * limiter reads and writes it, and its keys are hashes. Made here rather
 * than when the first limit is taken, so every process finds it and a
 * database restored from a template has it. Written by hand.
 */
export class Migration20261206093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "helpdesk_rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`)
    this.addSql(`create index if not exists "IDX_helpdesk_rate_limit_expire" on "helpdesk_rate_limit" ("expire");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_rate_limit";`)
  }
}
