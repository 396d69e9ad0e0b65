import { TemplateValues } from "./render"

/** What a preview fills templates with: believable, so an admin can judge how a mail reads. */
export const SAMPLE_TEMPLATE_VALUES = {
  MY_NAME: "Anna Smirnova",
  CUSTOMER_NAME: "James Carter",
  TICKET_NUMBER: "482913",
  TICKET_SUBJECT: "Where is my order #1042?",
  MESSAGE:
    "Hello James,\n\nyour parcel left our warehouse this morning. You can track it here: " +
    "https://track.example.com/RX1042\n\nIt should arrive within three working days.",
  REQUEST_LIST_URL: "https://shop.example.com/account/requests",
  TICKET_URL: "https://shop.example.com/app/helpdesk/ticket_01",
  REQUEST_CONFIRM_URL: "https://shop.example.com/helpdesk/confirm/7f3c9a1e2b",
  STORE_NAME: "Example Store",
} as const satisfies Required<TemplateValues>
