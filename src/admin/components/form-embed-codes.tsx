import { SquareTwoStack } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { AdminForm, formPublicUrls } from "../hooks/api/forms"
import { useHelpdeskT } from "../lib/i18n"

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")

/** The three ways to publish a saved form, as the public routes serve them (src/api/helpdesk/forms/[id]). */
export const embedCodes = (form: Pick<AdminForm, "id" | "title">) => {
  const urls = formPublicUrls(form.id)
  return {
    link: urls.page,
    iframe: `<iframe src="${attr(urls.embedded)}" title="${attr(form.title)}" width="100%" height="760" style="border:0;max-width:42rem" loading="lazy"></iframe>`,
    // embed.js puts the form right after its own tag; the wrapper is only a place to style it.
    script: `<div class="helpdesk-form">\n  <script src="${attr(urls.script)}" async></script>\n</div>`,
  }
}

/** Clipboard API where the admin is a secure context, the old selection copy elsewhere (plain http). */
async function copyText(text: string) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text)
  const area = document.createElement("textarea")
  area.value = text
  area.style.position = "fixed"
  area.style.opacity = "0"
  document.body.appendChild(area)
  area.select()
  const ok = document.execCommand("copy")
  area.remove()
  if (!ok) throw new Error("copy refused")
}

/** Link, iframe and JS snippet of the saved form, each with a copy button. */
export const FormEmbedCodes = ({ form, dirty }: { form: AdminForm; dirty: boolean }) => {
  const t = useHelpdeskT("forms")
  const codes = embedCodes(form)
  const copy = async (kind: keyof typeof codes) => {
    try {
      await copyText(codes[kind])
      toast.success(t("embed.copied"))
    } catch {
      toast.error(t("embed.copy_failed"))
    }
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="form-embed-codes">
      <div>
        <Heading level="h2">{t("embed.heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{dirty ? t("embed.unsaved") : t("embed.intro")}</Text>
      </div>
      {!form.enabled && <Text size="small" className="text-ui-fg-error">{t("embed.disabled")}</Text>}
      {(["link", "iframe", "script"] as const).map((kind) => (
        <div key={kind} className="flex flex-col gap-y-1" data-testid={`embed-${kind}`}>
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">{t(`embed.${kind}`)}</Text>
            <Button size="small" variant="secondary" type="button" onClick={() => copy(kind)} aria-label={t(`embed.copy_${kind}`)}>
              <SquareTwoStack />
              {t("embed.copy")}
            </Button>
          </div>
          {kind === "link" ? (
            <a href={codes.link} target="_blank" rel="noreferrer" className="txt-compact-small text-ui-fg-interactive break-all underline">{codes.link}</a>
          ) : (
            <pre className="txt-compact-xsmall bg-ui-bg-subtle overflow-x-auto whitespace-pre-wrap break-all rounded-md border border-ui-border-base p-2 font-mono"><code>{codes[kind]}</code></pre>
          )}
        </div>
      ))}
      {!form.allowed_origins?.length && <Text size="xsmall" className="text-ui-fg-subtle">{t("embed.no_origins")}</Text>}
    </Container>
  )
}
