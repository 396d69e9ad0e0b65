import { MailTemplate, MailTemplateKind } from "../kinds"

// As in English, greetings leave the name out (a sender may have none).
export const RU_TEMPLATES: Record<MailTemplateKind, MailTemplate> = {
  signature: {
    subject: "",
    body: "--\n{{MY_NAME}}\n{{STORE_NAME}}",
  },
  reply_link: {
    subject: "",
    body:
      "Здравствуйте!\n\n" +
      "На ваше обращение №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}» получен ответ.\n" +
      "Прочитать его и ответить можно здесь:\n{{REQUEST_LIST_URL}}",
  },
  receipt: {
    subject: "Ваше обращение принято: {{TICKET_SUBJECT}}",
    body:
      "Здравствуйте!\n\n" +
      "Спасибо, что написали нам. Ваше обращение принято и зарегистрировано под номером {{TICKET_NUMBER}}:\n" +
      "«{{TICKET_SUBJECT}}»\n\n" +
      "Мы ответим вам в ближайшее время. Чтобы что-то добавить, просто ответьте на это письмо. " +
      "Все ваши обращения можно посмотреть здесь:\n{{REQUEST_LIST_URL}}\n\n" +
      "{{STORE_NAME}}",
  },
  confirmation: {
    subject: "Подтвердите, пожалуйста, ваше обращение «{{TICKET_SUBJECT}}»",
    body:
      "Здравствуйте!\n\n" +
      "С этого адреса к нам поступило обращение: «{{TICKET_SUBJECT}}».\n" +
      "Чтобы защитить службу поддержки от спама, подтвердите, пожалуйста, что его отправили вы, перейдя по ссылке:\n" +
      "{{REQUEST_CONFIRM_URL}}\n\n" +
      "После подтверждения обращение будет передано нашим специалистам. Если вы нам не писали, просто проигнорируйте это письмо.\n\n" +
      "{{STORE_NAME}}",
  },
  notify_new_ticket: {
    subject: "Новое обращение №{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "Новое обращение №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}» от {{CUSTOMER_NAME}}:\n\n{{MESSAGE}}\n\nОткрыть обращение: {{TICKET_URL}}",
  },
  notify_assigned: {
    subject: "Вам назначено обращение №{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "Вам назначено обращение №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}» от {{CUSTOMER_NAME}}.\n\n{{MESSAGE}}\n\nОткрыть обращение: {{TICKET_URL}}",
  },
  notify_customer_replied: {
    subject: "Ответ клиента по №{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "{{CUSTOMER_NAME}} ответил(а) по обращению №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}»:\n\n{{MESSAGE}}\n\nОткрыть обращение: {{TICKET_URL}}",
  },
  notify_watched: {
    subject: "Изменения по №{{TICKET_NUMBER}}: {{TICKET_SUBJECT}}",
    body: "В обращении №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}», за которым вы следите, есть изменения:\n\n{{MESSAGE}}\n\nОткрыть обращение: {{TICKET_URL}}",
  },
  auto_close: {
    subject: "Ваше обращение закрыто: {{TICKET_SUBJECT}}",
    body:
      "Здравствуйте!\n\n" +
      "Мы не получили от вас ответа, поэтому закрыли обращение №{{TICKET_NUMBER}} «{{TICKET_SUBJECT}}».\n" +
      "Если вопрос ещё актуален, просто ответьте на это письмо, и обращение будет открыто снова. " +
      "Все ваши обращения можно посмотреть здесь:\n{{REQUEST_LIST_URL}}\n\n" +
      "{{STORE_NAME}}",
  },
  email_link: {
    subject: "Добавьте обращения в личный кабинет {{STORE_NAME}}",
    body:
      "Здравствуйте!\n\n" +
      "Кто-то, войдя в личный кабинет {{STORE_NAME}}, попросил показать там обращения, отправленные с этого адреса. " +
      "Если это были вы, откройте ссылку, войдя в кабинет:\n{{REQUEST_LIST_URL}}\n\n" +
      "Если это были не вы, просто не обращайте внимания на письмо: пока ссылку не открыли, никому ничего не показывается.\n\n" +
      "{{STORE_NAME}}",
  },
}
