/**
 * Outlook's and webmail's history blocks: separator lines ("-----Original Message-----" and its
 * translations, "---------- Forwarded message ---------", "Begin forwarded message:") and the
 * "From:/Sent:/To:/Subject:" header block in the languages Outlook, Gmail and Apple Mail use.
 */
import { clean, hasAddress, isBlank } from "./lines"

const SEPARATOR_PHRASES = [
  "original message", "forwarded message", "forwarded e-?mail", "ursprüngliche nachricht", "originalnachricht",
  "weitergeleitete nachricht", "oprindelig besked", "videresendt besked", "videresendt meddelelse",
  "message d'origine", "message d’origine", "message transféré", "message original", "mensaje original", "mensaje reenviado",
  "messaggio originale", "messaggio inoltrato", "mensagem original", "mensagem encaminhada", "mensagem reencaminhada",
  "oorspronkelijk bericht", "doorgestuurd bericht", "ursprungligt meddelande", "vidarebefordrat meddelande",
  "opprinnelig melding", "videresendt melding", "alkuperäinen viesti", "välitetty viesti", "wiadomość oryginalna",
  "przekazana wiadomość", "původní zpráva", "přeposlaná zpráva", "eredeti üzenet", "továbbított üzenet",
  "orijinal mesaj", "orijinal ileti", "iletilen mesaj", "original-nachricht", "oprindelig meddelelse",
  "αρχικό μήνυμα", "původní e-mail", "mesaj original", "originalt meddelande", "исходное сообщение", "пересылаемое сообщение", "пересланное сообщение",
  "оригинальное сообщение", "原始邮件", "转发的邮件", "原始郵件", "元のメッセージ", "転送されたメッセージ",
  "원본 메시지", "전달된 메시지",
]
/** "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:" */
export const SEPARATOR = new RegExp(`^[-=_*~\\s]*(?:${SEPARATOR_PHRASES.join("|")})[-=_*~\\s]*:?$`, "iu")
export const FORWARD_INTRO =
  /^(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|inizio messaggio inoltrato|início da mensagem reencaminhada|begin doorgestuurd bericht|начало пересылаемого сообщения)\s*:?$/iu

const FROM_LABEL =
  /^(?:from|von|de|de la|da|van|fra|från|od|от|від|από|šalje|kimden|lähettäjä|feladó|afzender|remetente|mittente|发件人|寄件者|差出人|보낸 사람)\s*[:：]\s*\S/iu
const OTHER_LABEL =
  /^(?:sent|date|to|cc|bcc|subject|reply-to|trimis|către|subiect|στάλθηκε|προς|θέμα|ημερομηνία|odoslané|predmet|poslano|prima|надіслано|enviad[oa](?: el| em)?|gesendet|datum|an|betreff|kopie|envoyé(?: le)?|à|a|objet|copie(?: à)?|sujet|message du|enviado|fecha|para|asunto|assunto|inviato|data|oggetto|verzonden|aan|onderwerp|sendt|dato|til|emne|skickat|till|ämne|wysłano|do|temat|отправлено|дата|кому|копия|тема|lähetetty|päivämäärä|vastaanottaja|aihe|gönderildi|tarih|kime|konu|odesláno|komu|předmět|elküldve|címzett|tárgy|发送时间|日期|收件人|主题|送信日時|宛先|件名|보낸 날짜|받는 사람|제목)\s*[:：]/iu
const STRONG_LABEL = /^(?:sent|subject|enviad[oa](?: el| em)?|trimis|subiect|στάλθηκε|θέμα|odoslané|predmet|poslano|надіслано|gesendet|betreff|envoyé(?: le)?|objet|sujet|enviado|asunto|assunto|inviato|oggetto|verzonden|onderwerp|sendt|emne|skickat|ämne|wysłano|temat|отправлено|тема|lähetetty|aihe|gönderildi|konu|odesláno|předmět|elküldve|tárgy|发送时间|主题|送信日時|件名|보낸 날짜|제목)\s*[:：]/iu

/** Start line of an Outlook/forward header block ("From: … Sent: … To: … Subject: …") at `i`, or -1. */
export function headerBlockStart(lines: string[], i: number): number {
  const from = clean(lines[i])
  if (!FROM_LABEL.test(from)) return -1
  let others = 0
  let strong = 0
  let address = hasAddress(from) || /\[mailto:/i.test(from)
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const line = clean(lines[j])
    // Outlook's HTML puts each label in its own paragraph: a blank line between labels goes on
    if (!line) {
      if (j + 1 < lines.length && OTHER_LABEL.test(clean(lines[j + 1]))) continue
      break
    }
    if (OTHER_LABEL.test(line)) {
      others++
      if (STRONG_LABEL.test(line)) strong++
    } else if (j === i + 1 || j === i + 2) {
      if (hasAddress(line)) address = true // "From: Long Name\n<address@example.com>"
    } else {
      break
    }
  }
  if (!(others >= 1 && address) && !(others >= 2 && strong >= 1)) return -1
  let start = i
  while (start > 0 && !isBlank(lines[start - 1]) && OTHER_LABEL.test(clean(lines[start - 1]))) start--
  return start
}

