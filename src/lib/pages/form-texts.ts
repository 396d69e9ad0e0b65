import { FieldProblemCode } from "../forms/submission-schema"
import { FormLanguage } from "../forms/definition"

type Refusal = "invalid" | "bot" | "too_fast" | "expired" | "challenge" | "limited" | "in_progress"

export interface FormTexts {
  send: string
  required: string
  optional: string
  choose: string
  department: string
  sentHeading: string
  sent: (number: string) => string
  fixFields: string
  problems: Record<FieldProblemCode, string>
  refusals: Record<Refusal, string>
  notFound: string
  honeypotLabel: string
}

export const FORM_TEXTS: Record<FormLanguage, FormTexts> = {
  en: {
    send: "Send",
    required: "required",
    optional: "optional",
    choose: "Choose…",
    department: "Department",
    sentHeading: "Thank you",
    sent: (n) => `Your request #${n} has been received. We will answer by email.`,
    fixFields: "Please correct the fields marked below.",
    problems: {
      required: "This field is required.",
      invalid_email: "Enter an email address such as name@example.com.",
      too_long: "This is too long.",
      invalid_choice: "Choose one of the options.",
      invalid_number: "Enter a number.",
      invalid_date: "Enter a date.",
      must_accept: "Tick this box to continue.",
      invalid: "This value cannot be accepted.",
    },
    refusals: {
      invalid: "The form could not be read. Please check it and send it again.",
      bot: "The form could not be sent.",
      too_fast: "The form was sent too quickly. Please wait a moment and send it again.",
      expired: "This page has expired. Please reload it and send the form again.",
      challenge: "The anti-robot check did not pass. Please wait for it to finish and send the form again.",
      limited: "Too many requests were sent. Please try again later.",
      in_progress: "Your request is being saved. Please wait a moment.",
    },
    notFound: "This form does not exist or is closed.",
    honeypotLabel: "Leave this field empty",
  },
  ru: {
    send: "Отправить",
    required: "обязательно",
    optional: "необязательно",
    choose: "Выберите…",
    department: "Отдел",
    sentHeading: "Спасибо",
    sent: (n) => `Ваше обращение №${n} получено. Мы ответим по электронной почте.`,
    fixFields: "Пожалуйста, исправьте отмеченные поля.",
    problems: {
      required: "Заполните это поле.",
      invalid_email: "Введите адрес почты, например name@example.com.",
      too_long: "Слишком длинно.",
      invalid_choice: "Выберите один из вариантов.",
      invalid_number: "Введите число.",
      invalid_date: "Введите дату.",
      must_accept: "Отметьте, чтобы продолжить.",
      invalid: "Это значение не подходит.",
    },
    refusals: {
      invalid: "Форму не удалось прочитать. Проверьте её и отправьте ещё раз.",
      bot: "Форму не удалось отправить.",
      too_fast: "Форма отправлена слишком быстро. Подождите немного и отправьте ещё раз.",
      expired: "Страница устарела. Обновите её и отправьте форму ещё раз.",
      challenge: "Проверка на робота не пройдена. Дождитесь её окончания и отправьте форму ещё раз.",
      limited: "Слишком много обращений. Попробуйте позже.",
      in_progress: "Обращение сохраняется. Подождите немного.",
    },
    notFound: "Такой формы нет, или она закрыта.",
    honeypotLabel: "Оставьте это поле пустым",
  },
}
