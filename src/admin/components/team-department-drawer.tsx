import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveDepartment } from "../hooks/api/team"
import { AdminDepartment } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"
import { errorMessage } from "./team-supervisor-notice"

const DepartmentForm = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000),
  is_public: z.boolean(),
})
type DepartmentFormValues = z.infer<typeof DepartmentForm>

/** Adds a department, or renames and describes one. */
export const TeamDepartmentDrawer = ({
  department,
  open,
  onOpenChange,
}: {
  department?: AdminDepartment
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const t = useHelpdeskT("team")
  const save = useSaveDepartment()
  const form = useForm<DepartmentFormValues>({
    resolver: zodResolver(DepartmentForm) as never,
    values: { name: department?.name ?? "", description: department?.description ?? "", is_public: department?.is_public ?? false },
  })

  const onSubmit = form.handleSubmit(async ({ name, description, is_public }) => {
    try {
      await save.mutateAsync({ id: department?.id, name, description: description.trim() || null, is_public })
      toast.success(department ? t("departments.updated") : t("departments.created", { name }))
      form.reset()
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Heading>{department ? t("departments.edit_title", { name: department.name }) : t("departments.create_title")}</Heading>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="department-name" size="small">{t("departments.name")}</Label>
              <Input id="department-name" size="small" autoFocus {...form.register("name")} />
              {form.formState.errors.name && (
                <Text size="small" className="text-ui-fg-error">{t("departments.name_required")}</Text>
              )}
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="department-description" size="small">{t("departments.description_label")}</Label>
              <Textarea id="department-description" {...form.register("description")} />
            </div>
            <Controller
              control={form.control}
              name="is_public"
              render={({ field }) => (
                <div className="flex items-center gap-x-2">
                  <Switch id="department-public" checked={field.value} onCheckedChange={field.onChange} />
                  <Label htmlFor="department-public" size="small">{t("departments.is_public")}</Label>
                </div>
              )}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">{t("cancel")}</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>{t("save")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
