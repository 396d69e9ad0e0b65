import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { MailTemplateLanguage, MailTemplatePreview, usePreviewMailTemplate } from "../hooks/api/content"
import { useHelpdeskT } from "../lib/i18n"

const DEBOUNCE_MS = 400

type Props = {
  mailboxId: string
  kind: string
  language: MailTemplateLanguage
  hasSubject: boolean
  subject: string
  body: string
}

/**
 * The draft as its mail would read, filled with sample values by the server,
 * refreshed a moment after each change; a draft the server refuses (a
 * variable its kind cannot fill) shows the reason instead.
 */
export const MailTemplatePreviewPane = ({ mailboxId, kind, language, hasSubject, subject, body }: Props) => {
  const t = useHelpdeskT("content")
  const preview = usePreviewMailTemplate(mailboxId)
  const [shown, setShown] = useState<{ mail: MailTemplatePreview | null; problem: string | null }>({ mail: null, problem: null })
  const latest = useRef(0)

  useEffect(() => {
    const call = ++latest.current
    const timer = setTimeout(async () => {
      try {
        const mail = await preview.mutateAsync({ kind, language, body, ...(hasSubject ? { subject } : {}) })
        if (call === latest.current) setShown({ mail, problem: null })
      } catch (error) {
        if (call === latest.current) setShown((s) => ({ mail: s.mail, problem: (error as Error).message }))
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
    // `preview` is a new object each render; the draft is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mailboxId, kind, language, hasSubject, subject, body])

  return (
    <Container className="flex flex-col gap-y-3 bg-ui-bg-subtle p-4" data-testid="template-preview" aria-live="polite">
      <div className="flex items-center justify-between">
        <Heading level="h3">{t("templates.preview")}</Heading>
        <Text size="xsmall" className="text-ui-fg-muted">{preview.isPending ? t("templates.preview_updating") : t("templates.preview_sample")}</Text>
      </div>
      {shown.problem && (
        <Text size="small" className="text-ui-fg-error" data-testid="template-preview-problem">{shown.problem}</Text>
      )}
      {!shown.mail ? (
        !shown.problem && <Text size="small" className="text-ui-fg-subtle">{t("states.loading")}</Text>
      ) : (
        <div className={shown.problem ? "opacity-50" : undefined}>
          {hasSubject && (
            <div className="border-b pb-2">
              <Text size="xsmall" className="text-ui-fg-subtle">{t("templates.fields.subject")}</Text>
              <Text size="small" weight="plus" data-testid="template-preview-subject">{shown.mail.subject}</Text>
            </div>
          )}
          <Text size="small" className="whitespace-pre-wrap break-words pt-2" data-testid="template-preview-text">{shown.mail.text}</Text>
        </div>
      )}
    </Container>
  )
}
