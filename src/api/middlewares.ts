import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAuditLogRoutesMiddlewares } from "./admin/helpdesk/audit-log/middlewares"
import { adminBulkActionRoutesMiddlewares } from "./admin/helpdesk/bulk-actions/middlewares"
import { adminCollectMailRoutesMiddlewares } from "./admin/helpdesk/collect/middlewares"
import { adminCannedReplyRoutesMiddlewares } from "./admin/helpdesk/canned-replies/middlewares"
import { adminCustomerNoteRoutesMiddlewares } from "./admin/helpdesk/customers/middlewares"
import { adminDepartmentRoutesMiddlewares } from "./admin/helpdesk/departments/middlewares"
import { adminFormRoutesMiddlewares } from "./admin/helpdesk/forms/middlewares"
import { adminInboundMailRoutesMiddlewares } from "./admin/helpdesk/inbound-mails/middlewares"
import { adminMailboxRoutesMiddlewares } from "./admin/helpdesk/mailboxes/middlewares"
import { adminAgentPreferencesMiddlewares } from "./admin/helpdesk/me/preferences/middlewares"
import { adminNotificationPreferencesMiddlewares } from "./admin/helpdesk/notification-preferences/middlewares"
import { adminSettingsRoutesMiddlewares } from "./admin/helpdesk/settings/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/helpdesk/tickets/middlewares"
import { adminTicketOrderActionMiddlewares } from "./admin/helpdesk/tickets/[id]/orders/middlewares"
import { adminSavedViewRoutesMiddlewares } from "./admin/helpdesk/views/middlewares"
import { storeHelpdeskRoutesMiddlewares } from "./store/helpdesk/middlewares"
import { publicFormRoutesMiddlewares } from "./helpdesk/forms/middlewares"
import { guestRequestRoutesMiddlewares } from "./helpdesk/requests/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminTicketRoutesMiddlewares,
    ...adminTicketOrderActionMiddlewares,
    ...adminBulkActionRoutesMiddlewares,
    ...adminCollectMailRoutesMiddlewares,
    ...adminDepartmentRoutesMiddlewares,
    ...adminFormRoutesMiddlewares,
    ...adminSettingsRoutesMiddlewares,
    ...adminAuditLogRoutesMiddlewares,
    ...adminCustomerNoteRoutesMiddlewares,
    ...adminCannedReplyRoutesMiddlewares,
    ...adminSavedViewRoutesMiddlewares,
    ...adminMailboxRoutesMiddlewares,
    ...adminInboundMailRoutesMiddlewares,
    ...adminNotificationPreferencesMiddlewares,
    ...adminAgentPreferencesMiddlewares,
    ...storeHelpdeskRoutesMiddlewares,
    ...publicFormRoutesMiddlewares,
    ...guestRequestRoutesMiddlewares,
  ],
})
