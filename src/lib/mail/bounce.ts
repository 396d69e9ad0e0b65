import { parseMessageIds } from "./headers"

const MESSAGE_ID_LINE = /^(?:>\s*)?message-id[ \t]*:[ \t]*((?:[^\r\n]*)(?:\r?\n[ \t]+[^\r\n]*)*)/im

function messageIdIn(text: string): string | null {
  const m = MESSAGE_ID_LINE.exec(text)
  return m ? parseMessageIds(m[1].replace(/\r?\n[ \t]+/g, " "))[0] ?? null : null
}

const ORIGINAL_PART = /^(message\/(rfc822|global|global-headers)|text\/rfc822-headers)$/

/**
 * For a bounce: the Message-ID of the message that could not be delivered, read from the DSN's
 * message/rfc822 or text/rfc822-headers part, else from the body (the first Message-ID header line
 * after the bounce's own header block, which is where MTAs quote the original headers).
 */
export function findBouncedMessageId(
  raw: Buffer,
  parts: { contentType: string; content: Buffer }[] = [],
  text = ""
): string | null {
  for (const part of parts) {
    if (ORIGINAL_PART.test(part.contentType)) {
      const id = messageIdIn(part.content.subarray(0, 256 * 1024).toString("utf8"))
      if (id) return id
    }
  }
  const source = raw.subarray(0, 4 * 1024 * 1024).toString("utf8")
  const bodyStart = source.search(/\r?\n\r?\n/)
  if (bodyStart >= 0) {
    const id = messageIdIn(source.slice(bodyStart))
    if (id) return id
  }
  return text ? messageIdIn(text) : null
}
