/** What the confirmation page says, per outcome and language (SPEC §5: en and ru ship). */
export const CONFIRM_PAGE_LANGUAGES = ["en", "ru"] as const
export type ConfirmPageLanguage = (typeof CONFIRM_PAGE_LANGUAGES)[number]

export type ConfirmPageOutcome = "confirmed" | "already_confirmed" | "invalid" | "expired"

type Texts = Record<ConfirmPageOutcome, (number: string) => { heading: string; text: string }>

export const CONFIRM_PAGE_TEXTS: Record<ConfirmPageLanguage, Texts> = {
  en: {
    confirmed: (n) => ({
      heading: `Thank you, your request #${n} is accepted`,
      text: "Your email address is confirmed. We will answer you by email soon.",
    }),
    already_confirmed: (n) => ({
      heading: "Already confirmed",
      text: `Your request #${n} was confirmed before; there is nothing more to do.`,
    }),
    invalid: () => ({
      heading: "This link is not valid",
      text: "Please check that you opened the whole link from our email.",
    }),
    expired: () => ({
      heading: "This link has expired",
      text: "Confirmation links work for a limited time. Please write to us again and follow the link in our new email.",
    }),
  },
  ru: {
    confirmed: (n) => ({
      heading: `Спасибо, ваш запрос #${n} принят`,
      text: "Ваш адрес подтверждён. Мы скоро ответим вам по электронной почте.",
    }),
    already_confirmed: (n) => ({
      heading: "Адрес уже подтверждён",
      text: `Ваш запрос #${n} уже подтверждён, больше ничего делать не нужно.`,
    }),
    invalid: () => ({
      heading: "Ссылка недействительна",
      text: "Проверьте, что ссылка из письма открыта целиком.",
    }),
    expired: () => ({
      heading: "Срок действия ссылки истёк",
      text: "Ссылки для подтверждения действуют ограниченное время. Напишите нам ещё раз и перейдите по ссылке из нового письма.",
    }),
  },
}
