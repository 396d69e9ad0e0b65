import { zodResolver } from "@hookform/resolvers/zod"
import { Badge, Button, Heading, Input, Label, Tabs, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { AdminMailTemplate, MailTemplateLanguage, useResetMailTemplate, useSaveMailTemplate } from "../hooks/api/content"
import { AdminMailbox } from "../hooks/api/mailboxes"
import { useHelpdeskT } from "../lib/i18n"
import { MailTemplatePreviewPane } from "./mail-template-preview"
import { appendToken, TemplateVariables } from "./template-variables"

const LANGUAGES: MailTemplateLanguage[] = ["en", "ru"]
const Draft = z.object({ subject: z.string().max(1_000), body: z.string().max(20_000) })
type DraftValues = z.infer<typeof Draft>

/** One kind of mail: its subject and body in one language, saved as the mailbox's own or reset to the default. */
export const MailboxTemplateEditor = ({ mailbox, template }: { mailbox: AdminMailbox; template: AdminMailTemplate }) => {
  const t = useHelpdeskT("content")
  const [language, setLanguage] = useState<MailTemplateLanguage>(mailbox.language === "ru" ? "ru" : "en")
  const current = template.languages[language]
  const form = useForm<DraftValues>({ resolver: zodResolver(Draft) as never, values: { subject: current.subject, body: current.body } })
  const save = useSaveMailTemplate(mailbox.id)
  const reset = useResetMailTemplate(mailbox.id)
  const prompt = usePrompt()
  const draft = form.watch()
  const kindText = (key: string) => t(`templates.kinds.${template.kind}.${key}`, { defaultValue: template.kind })

  const onSave = form.handleSubmit(async ({ subject, body }) => {
    try {
      await save.mutateAsync({ kind: template.kind, language, body, ...(template.has_subject ? { subject } : {}) })
      toast.success(t("templates.saved"))
    } catch (error) {
      toast.error((error as Error).message)
    }
  })

  const onReset = async () => {
    const confirmed = await prompt({
      title: t("templates.reset_title"),
      description: t("templates.reset_description", { language: t(`languages.${language}`) }),
      confirmText: t("templates.reset"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return
    try {
      await reset.mutateAsync({ kind: template.kind, language })
      toast.success(t("templates.reset_done"))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <form onSubmit={onSave} className="flex flex-col gap-y-4 p-6" aria-label={kindText("label")}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Heading level="h3">{kindText("label")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{kindText("description")}</Text>
        </div>
        <Tabs value={language} onValueChange={(v) => setLanguage(v as MailTemplateLanguage)}>
          <Tabs.List>
            {LANGUAGES.map((l) => (
              <Tabs.Trigger key={l} value={l}>{t(`languages.${l}`)}</Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={current.overridden ? "blue" : "grey"}>
          {current.overridden ? t("templates.state_custom") : t("templates.state_default")}
        </Badge>
      </div>
      <div className="grid grid-cols-2 gap-6">
        <div className="flex flex-col gap-y-4">
          {template.has_subject && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="template-subject" size="small">{t("templates.fields.subject")}</Label>
              <Input id="template-subject" size="small" {...form.register("subject")} />
            </div>
          )}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="template-body" size="small">{t("templates.fields.body")}</Label>
            <Textarea id="template-body" rows={14} className="font-mono" {...form.register("body")} />
          </div>
          <TemplateVariables
            variables={template.variables}
            onInsert={(token) => form.setValue("body", appendToken(form.getValues("body"), token), { shouldDirty: true })}
          />
          <div className="flex flex-wrap justify-end gap-2">
            {current.overridden && (
              <Button size="small" variant="secondary" type="button" onClick={onReset} isLoading={reset.isPending}>
                {t("templates.reset")}
              </Button>
            )}
            <Button size="small" type="submit" isLoading={save.isPending} disabled={!form.formState.isDirty}>
              {t("actions.save")}
            </Button>
          </div>
        </div>
        <MailTemplatePreviewPane
          mailboxId={mailbox.id}
          kind={template.kind}
          language={language}
          hasSubject={template.has_subject}
          subject={draft.subject ?? ""}
          body={draft.body ?? ""}
        />
      </div>
    </form>
  )
}
