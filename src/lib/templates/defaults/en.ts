import { MailTemplate, MailTemplateKind } from "../kinds"

// Greetings leave the name out: a mail may come from an address with no name,
// and "Hello ," reads worse than "Hello,". Overrides may use {{CUSTOMER_NAME}}.
export const EN_TEMPLATES: Record<MailTemplateKind, MailTemplate> = {
  signature: {
    subject: "",
    body: "--\n{{MY_NAME}}\n{{STORE_NAME}}",
  },
  reply_link: {
    subject: "",
    body:
      "Hello,\n\n" +
      "There is a new answer to your request #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\".\n" +
      "You can read it and reply here:\n{{REQUEST_LIST_URL}}",
  },
  receipt: {
    subject: "We have received your request: {{TICKET_SUBJECT}}",
    body:
      "Hello,\n\n" +
      "Thank you for writing to us. Your request has been received and given the number #{{TICKET_NUMBER}}:\n" +
      "\"{{TICKET_SUBJECT}}\"\n\n" +
      "We will answer as soon as we can. To add something, simply reply to this mail. " +
      "You can follow all your requests here:\n{{REQUEST_LIST_URL}}\n\n" +
      "{{STORE_NAME}}",
  },
  confirmation: {
    subject: "Please confirm your request \"{{TICKET_SUBJECT}}\"",
    body:
      "Hello,\n\n" +
      "We have received a request from this address: \"{{TICKET_SUBJECT}}\".\n" +
      "To protect our support from spam, please confirm that you sent it by opening this link:\n" +
      "{{REQUEST_CONFIRM_URL}}\n\n" +
      "Your request will reach our team once it is confirmed. If you did not write to us, ignore this mail.\n\n" +
      "{{STORE_NAME}}",
  },
  notify_new_ticket: {
    subject: "New ticket #{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "New ticket #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\" from {{CUSTOMER_NAME}}:\n\n{{MESSAGE}}\n\nOpen the ticket: {{TICKET_URL}}",
  },
  notify_assigned: {
    subject: "Ticket #{{TICKET_NUMBER}} is assigned to you: {{TICKET_SUBJECT}}",
    body: "Ticket #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\" from {{CUSTOMER_NAME}} is now assigned to you.\n\n{{MESSAGE}}\n\nOpen the ticket: {{TICKET_URL}}",
  },
  notify_customer_replied: {
    subject: "Customer replied on #{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "{{CUSTOMER_NAME}} replied on ticket #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\":\n\n{{MESSAGE}}\n\nOpen the ticket: {{TICKET_URL}}",
  },
  notify_watched: {
    subject: "Update on #{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "There is news on ticket #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\", which you watch:\n\n{{MESSAGE}}\n\nOpen the ticket: {{TICKET_URL}}",
  },
  auto_close: {
    subject: "Your request has been closed: {{TICKET_SUBJECT}}",
    body:
      "Hello,\n\n" +
      "We have not heard back from you, so we have closed your request #{{TICKET_NUMBER}} \"{{TICKET_SUBJECT}}\".\n" +
      "If you still need help, simply reply to this mail and the request will be reopened. " +
      "Your requests are here:\n{{REQUEST_LIST_URL}}\n\n" +
      "{{STORE_NAME}}",
  },
  email_link: {
    subject: "Add your requests to your {{STORE_NAME}} account",
    body:
      "Hello,\n\n" +
      "Someone signed in to {{STORE_NAME}} asked to see the requests sent from this address in their account. " +
      "If that was you, open this link while signed in:\n{{REQUEST_LIST_URL}}\n\n" +
      "If it was not you, ignore this mail: nothing is shown to anyone until the link is opened.\n\n" +
      "{{STORE_NAME}}",
  },
}
