import { Container, clx } from "@medusajs/ui"
import { Link, useLocation } from "react-router-dom"
import { useHelpdeskT } from "../lib/i18n"

/** Every Helpdesk settings screen, in the order a merchant sets the desk up. */
export const HELPDESK_SETTINGS = [
  { key: "general", to: "/settings/helpdesk" },
  { key: "mailboxes", to: "/settings/helpdesk-mailboxes" },
  { key: "forms", to: "/settings/helpdesk/forms" },
  { key: "departments", to: "/settings/helpdesk/departments" },
  { key: "canned_replies", to: "/settings/helpdesk/canned-replies" },
  { key: "workflow", to: "/settings/helpdesk/workflow" },
  { key: "notifications", to: "/settings/helpdesk/notifications" },
  { key: "audit_log", to: "/settings/helpdesk/audit-log" },
] as const

/** Tabs across the top of each Helpdesk settings screen. */
export const HelpdeskSettingsNav = () => {
  const t = useHelpdeskT("settings")
  const { pathname } = useLocation()
  const current = [...HELPDESK_SETTINGS]
    .sort((a, b) => b.to.length - a.to.length)
    // The router's pathname has no /app base; a sub-page (a form's builder) belongs to its section.
    .find((s) => pathname === s.to || pathname.startsWith(`${s.to}/`))
  return (
    <Container className="flex flex-wrap gap-1 px-3 py-2" aria-label={t("nav_label")} role="navigation">
      {HELPDESK_SETTINGS.map((section) => (
        <Link
          key={section.key}
          to={section.to}
          aria-current={current?.key === section.key ? "page" : undefined}
          className={clx(
            "txt-compact-small-plus rounded-md px-2 py-1 text-ui-fg-subtle hover:bg-ui-bg-base-hover",
            current?.key === section.key && "bg-ui-bg-base-pressed text-ui-fg-base"
          )}
        >
          {t(`nav.${section.key}`)}
        </Link>
      ))}
    </Container>
  )
}
