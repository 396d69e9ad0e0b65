/**
 * Texts of the Helpdesk widgets on Medusa's customer and order pages, and of
 * the New ticket modal they share with the ticket list: English, and Russian
 * with the same keys.
 */
const en = {
  tickets: {
    title: "Tickets",
    loading: "Loading tickets…",
    error: "Could not load the tickets: {{message}}",
    retry: "Try again",
    empty_customer: "No tickets from this customer yet.",
    empty_order: "No tickets about this order yet.",
    updated: "Updated {{date}}",
    more: "Showing the latest {{shown}} of {{total}}",
    from_email: "Other tickets from {{email}}",
  },
  create_ticket: {
    trigger: "New ticket",
    submit: "Open ticket",
    title: "New ticket",
    description: "Open a ticket for a customer who called or wrote elsewhere.",
    linked_customer: "Customer: {{name}}",
    linked_order: "Order #{{number}}",
    fields: {
      subject: "Subject",
      contact_email: "Customer email",
      contact_name: "Customer name (optional)",
      body_text: "Request",
    },
    errors: {
      subject: "Give the ticket a subject",
      contact_email: "Enter the customer's email address",
      body_text: "Write down what the customer asked",
    },
    created: "Ticket #{{number}} opened",
  },
}

const ru: typeof en = {
  tickets: {
    title: "Обращения",
    loading: "Загружаем обращения…",
    error: "Не удалось загрузить обращения: {{message}}",
    retry: "Повторить",
    empty_customer: "От этого покупателя обращений пока нет.",
    empty_order: "По этому заказу обращений пока нет.",
    updated: "Обновлено {{date}}",
    more: "Показаны последние {{shown}} из {{total}}",
    from_email: "Другие обращения с адреса {{email}}",
  },
  create_ticket: {
    trigger: "Новое обращение",
    submit: "Создать обращение",
    title: "Новое обращение",
    description: "Заведите обращение за покупателя, который позвонил или написал по другому каналу.",
    linked_customer: "Покупатель: {{name}}",
    linked_order: "Заказ №{{number}}",
    fields: {
      subject: "Тема",
      contact_email: "Email покупателя",
      contact_name: "Имя покупателя (необязательно)",
      body_text: "Запрос",
    },
    errors: {
      subject: "Укажите тему обращения",
      contact_email: "Введите email покупателя",
      body_text: "Опишите, о чём просит покупатель",
    },
    created: "Обращение №{{number}} создано",
  },
}

export default { en, ru }
