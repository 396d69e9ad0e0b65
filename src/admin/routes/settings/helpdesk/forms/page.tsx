import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FormCreateDrawer } from "../../../../components/form-create-drawer"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { AdminForm, useDeleteForm, useForms } from "../../../../hooks/api/forms"
import { useHelpdeskT } from "../../../../lib/i18n"
import { useConfirmedDelete } from "../../../../hooks/use-confirmed-delete"

/** Web forms customers write in through (SPEC F-FORMS): the list, a new one, deleting one. */
const FormsPage = () => {
  const t = useHelpdeskT("forms")
  const { data, isLoading, isError, error, refetch } = useForms()
  const remove = useDeleteForm()
  const confirmDelete = useConfirmedDelete()
  const [creating, setCreating] = useState(false)

  const onDelete = (form: AdminForm) =>
    confirmDelete(
      {
        title: t("list.delete_title", { name: form.name }),
        description: t("list.delete_text"),
        confirmText: t("list.delete"),
        cancelText: t("create.cancel"),
      },
      () => remove.mutateAsync(form.id),
      t("list.deleted"),
      (e) => t("list.delete_failed", { message: (e as Error).message })
    )

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("list.heading")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("list.intro")}</Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>{t("list.new")}</Button>
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("list.loading")}</Text>
        ) : isError ? (
          <div className="flex items-center gap-x-3 px-6 py-4">
            <Text size="small" className="text-ui-fg-error">{t("list.error", { message: (error as Error).message })}</Text>
            <Button size="small" variant="secondary" onClick={() => refetch()}>{t("list.retry")}</Button>
          </div>
        ) : !data?.forms.length ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("list.empty")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("list.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.fields")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.language")}</Table.HeaderCell>
                <Table.HeaderCell>{t("list.status")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.forms.map((form) => (
                <Table.Row key={form.id} data-testid="form-row">
                  <Table.Cell>
                    <div className="flex flex-col py-2">
                      <Link to={`/settings/helpdesk/forms/${form.id}`} className="txt-compact-small-plus text-ui-fg-interactive">{form.name}</Link>
                      {form.title !== form.name && <Text size="small" className="text-ui-fg-subtle">{form.title}</Text>}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{form.fields.length}</Table.Cell>
                  <Table.Cell>{t(`languages.${form.language}`)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={form.enabled ? "green" : "grey"}>{t(form.enabled ? "status.enabled" : "status.disabled")}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end gap-x-2">
                      <Button size="small" variant="transparent" asChild><Link to={`/settings/helpdesk/forms/${form.id}`}>{t("list.edit")}</Link></Button>
                      <Button size="small" variant="transparent" onClick={() => onDelete(form)} aria-label={t("list.delete_title", { name: form.name })}>{t("list.delete")}</Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <FormCreateDrawer open={creating} onOpenChange={setCreating} />
    </div>
  )
}

export default FormsPage
