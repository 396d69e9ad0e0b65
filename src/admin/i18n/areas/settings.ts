/** Texts shared by the Helpdesk settings screens: English, and Russian with the same keys. */
const en = {
  nav_label: "Helpdesk settings",
  nav: {
    general: "General",
    mailboxes: "Mailboxes",
    forms: "Forms",
    departments: "Departments and agents",
    canned_replies: "Canned replies",
    workflow: "Statuses and actions",
    notifications: "Notifications",
    audit_log: "Audit log",
  },
}

const ru: typeof en = {
  nav_label: "Настройки службы поддержки",
  nav: {
    general: "Общие",
    mailboxes: "Почтовые ящики",
    forms: "Формы",
    departments: "Отделы и сотрудники",
    canned_replies: "Шаблоны ответов",
    workflow: "Статусы и действия",
    notifications: "Уведомления",
    audit_log: "Журнал изменений",
  },
}

export default { en, ru }
