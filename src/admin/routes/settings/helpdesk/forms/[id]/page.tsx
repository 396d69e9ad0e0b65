import { Button, Container, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { FormBuilder } from "../../../../../components/form-builder"
import { HelpdeskSettingsNav } from "../../../../../components/settings-nav"
import { useHelpdeskForm } from "../../../../../hooks/api/forms"
import { useHelpdeskT } from "../../../../../lib/i18n"

/** One form in the builder: its fields and settings, a live preview, and the codes to publish it. */
const FormBuilderPage = () => {
  const t = useHelpdeskT("forms")
  const { id } = useParams()
  const { data, isLoading, isError, error, refetch } = useHelpdeskForm(id!)

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      {isLoading ? (
        <Container><Text size="small" className="text-ui-fg-subtle">{t("list.loading")}</Text></Container>
      ) : isError || !data ? (
        <Container className="flex items-center gap-x-3">
          <Text size="small" className="text-ui-fg-error">{t("list.error", { message: (error as Error | null)?.message ?? "" })}</Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>{t("list.retry")}</Button>
        </Container>
      ) : (
        <FormBuilder saved={data.form} />
      )}
    </div>
  )
}

export default FormBuilderPage
