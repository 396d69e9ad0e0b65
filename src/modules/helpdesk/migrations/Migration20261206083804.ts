import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206083804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_outbound_mail" drop constraint if exists "helpdesk_outbound_mail_kind_check";`);

    this.addSql(`alter table if exists "helpdesk_outbound_mail" add constraint "helpdesk_outbound_mail_kind_check" check("kind" in ('reply', 'forward', 'receipt', 'confirmation', 'notification', 'email_link'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_outbound_mail" drop constraint if exists "helpdesk_outbound_mail_kind_check";`);

    this.addSql(`alter table if exists "helpdesk_outbound_mail" add constraint "helpdesk_outbound_mail_kind_check" check("kind" in ('reply', 'forward', 'receipt', 'confirmation', 'notification'));`);
  }

}
