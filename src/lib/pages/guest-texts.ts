import type { CustomerTicketStatus } from "../../modules/helpdesk/ticket-workflow/customer-status"

/** What the guest "My requests" pages say, per language (SPEC §5: en and ru ship). */
export const GUEST_PAGE_LANGUAGES = ["en", "ru"] as const
export type GuestPageLanguage = (typeof GUEST_PAGE_LANGUAGES)[number]

/** The limits a refused upload is explained with. */
export interface UploadLimitsView {
  maxFiles: number
  maxBytes: number
  extensions: "*" | string[]
}

/** What the customer just did, shown once after the redirect. */
export type GuestNotice = "sent" | "reopened" | "cancelled"

export interface GuestTexts {
  listHeading: string
  listIntro: string
  empty: string
  more: string
  columns: { number: string; subject: string; status: string; updated: string }
  unread: string
  status: Record<CustomerTicketStatus, string>
  backToList: string
  requestHeading: (number: string) => string
  you: string
  support: string
  files: string
  replyHeading: string
  replyLabel: string
  filesLabel: string
  filesHint: (limits: UploadLimitsView) => string
  send: string
  reopen: string
  reopenHint: string
  cancel: string
  cancelHint: string
  notices: Record<GuestNotice, string>
  errors: {
    emptyReply: string
    tooLong: string
    unexpected: (fields: string) => string
    badForm: string
    noMessages: string
    reopenRefused: string
    cancelRefused: string
    upload: (status: number, limits: UploadLimitsView) => string
    badPage: string
  }
  notFound: { heading: string; text: string }
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)
const kinds = (limits: UploadLimitsView) => (limits.extensions === "*" ? "" : limits.extensions.map((e) => `.${e}`).join(", "))

export const GUEST_TEXTS: Record<GuestPageLanguage, GuestTexts> = {
  en: {
    listHeading: "My requests",
    listIntro: "Everything you wrote to us from this address. Keep this link private: anyone who has it can read these requests.",
    empty: "There are no requests from this address.",
    more: "Older requests",
    columns: { number: "Number", subject: "Subject", status: "Status", updated: "Last update" },
    unread: "New reply",
    status: {
      new_reply: "New reply",
      awaiting_support: "Waiting for support",
      awaiting_confirmation: "Waiting for your confirmation",
      answered: "Answered",
      cancelled: "Cancelled",
      archived: "Archived",
    },
    backToList: "All my requests",
    requestHeading: (n) => `Request #${n}`,
    you: "You",
    support: "Support",
    files: "Files",
    replyHeading: "Write to us",
    replyLabel: "Your message",
    filesLabel: "Attach files (optional)",
    filesHint: (l) => `Up to ${l.maxFiles} files, ${size(l.maxBytes)} each${l.extensions === "*" ? "" : `: ${kinds(l)}`}.`,
    send: "Send",
    reopen: "Reopen the request",
    reopenHint: "Not solved after all? Reopen it and support will look again.",
    cancel: "Cancel the request",
    cancelHint: "No longer needed? Cancel it and support will not work on it.",
    notices: {
      sent: "Your message was sent.",
      reopened: "The request is open again.",
      cancelled: "The request is cancelled.",
    },
    errors: {
      emptyReply: "Please write a message before sending.",
      tooLong: "The message is too long; please shorten it.",
      unexpected: (f) => `The form sent something it should not (${f}). Please reload the page and try again.`,
      badForm: "The form could not be read. Please reload the page and try again.",
      noMessages: "This request no longer takes messages.",
      reopenRefused: "Only an answered or cancelled request can be reopened.",
      cancelRefused: "Only a request still waiting for support can be cancelled.",
      upload: (status, l) =>
        status === 415
          ? `This kind of file cannot be attached. Allowed are: ${kinds(l)}.`
          : status === 422
            ? "Attaching files is switched off. Please send your message without files."
            : status === 413
              ? `The files are too large or too many: up to ${l.maxFiles} files, ${size(l.maxBytes)} each.`
              : "The form could not be read. Please reload the page and try again.",
      badPage: "This page address is not valid.",
    },
    notFound: { heading: "Page not found", text: "Please check that you opened the whole link from our email." },
  },
  ru: {
    listHeading: "Мои обращения",
    listIntro: "Всё, что вы писали нам с этого адреса. Не пересылайте эту ссылку: по ней любой может прочитать ваши обращения.",
    empty: "С этого адреса обращений нет.",
    more: "Более ранние обращения",
    columns: { number: "Номер", subject: "Тема", status: "Статус", updated: "Обновлено" },
    unread: "Новый ответ",
    status: {
      new_reply: "Новый ответ",
      awaiting_support: "Ждёт ответа поддержки",
      awaiting_confirmation: "Ждёт подтверждения адреса",
      answered: "Ответ получен",
      cancelled: "Отменено",
      archived: "В архиве",
    },
    backToList: "Все мои обращения",
    requestHeading: (n) => `Обращение #${n}`,
    you: "Вы",
    support: "Поддержка",
    files: "Файлы",
    replyHeading: "Написать нам",
    replyLabel: "Ваше сообщение",
    filesLabel: "Приложить файлы (необязательно)",
    filesHint: (l) => `До ${l.maxFiles} файлов, не больше ${size(l.maxBytes)} каждый${l.extensions === "*" ? "" : `: ${kinds(l)}`}.`,
    send: "Отправить",
    reopen: "Открыть снова",
    reopenHint: "Вопрос не решён? Откройте обращение снова, и поддержка вернётся к нему.",
    cancel: "Отменить обращение",
    cancelHint: "Больше не нужно? Отмените обращение, и поддержка не будет им заниматься.",
    notices: {
      sent: "Сообщение отправлено.",
      reopened: "Обращение снова открыто.",
      cancelled: "Обращение отменено.",
    },
    errors: {
      emptyReply: "Напишите сообщение перед отправкой.",
      tooLong: "Сообщение слишком длинное, сократите его.",
      unexpected: (f) => `Форма прислала лишнее (${f}). Обновите страницу и попробуйте ещё раз.`,
      badForm: "Не удалось прочитать форму. Обновите страницу и попробуйте ещё раз.",
      noMessages: "В это обращение больше нельзя писать.",
      reopenRefused: "Открыть снова можно только отвеченное или отменённое обращение.",
      cancelRefused: "Отменить можно только обращение, которое ещё ждёт ответа поддержки.",
      upload: (status, l) =>
        status === 415
          ? `Такой файл приложить нельзя. Можно: ${kinds(l)}.`
          : status === 422
            ? "Прикрепление файлов отключено. Отправьте сообщение без файлов."
            : status === 413
              ? `Файлы слишком большие или их слишком много: до ${l.maxFiles} файлов, не больше ${size(l.maxBytes)} каждый.`
              : "Не удалось прочитать форму. Обновите страницу и попробуйте ещё раз.",
      badPage: "Неверный адрес страницы.",
    },
    notFound: { heading: "Страница не найдена", text: "Проверьте, что ссылка из письма открыта целиком." },
  },
}
