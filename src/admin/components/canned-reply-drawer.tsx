import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { AdminCannedReply, useSaveCannedReply } from "../hooks/api/content"
import { useDepartments } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { SelectOptions } from "./select-options"
import { appendToken, CANNED_REPLY_VARIABLES, TemplateVariables } from "./template-variables"

/** The department select's value for "every agent". */
export const GLOBAL = "__global__"

const schema = (t: (key: string) => string) =>
  z.object({
    title: z.string().trim().min(1, t("canned.errors.title")).max(200),
    body: z.string().trim().min(1, t("canned.errors.body")).max(50_000),
    department_id: z.string(),
  })
type Values = z.infer<ReturnType<typeof schema>>

/** Writes or edits a canned reply: its title, text and who is offered it. */
export const CannedReplyDrawer = ({ reply, open, onOpenChange }: { reply?: AdminCannedReply; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const t = useHelpdeskT("content")
  const save = useSaveCannedReply()
  const { data: departments } = useDepartments()
  const resolver = useMemo(() => zodResolver(schema(t)), [t.language])
  const form = useForm<Values>({
    resolver: resolver as never,
    values: { title: reply?.title ?? "", body: reply?.body ?? "", department_id: reply?.department_id ?? GLOBAL },
  })
  const { errors } = form.formState

  const onSubmit = form.handleSubmit(async ({ department_id, ...values }) => {
    try {
      await save.mutateAsync({ ...values, id: reply?.id, department_id: department_id === GLOBAL ? null : department_id })
      toast.success(reply ? t("canned.saved") : t("canned.created"))
      onOpenChange(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  })

  const field = (name: keyof Values, label: string, input: ReactNode) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`canned-${name}`} size="small">{label}</Label>
      {input}
      {errors[name] && <Text size="small" className="text-ui-fg-error">{errors[name]?.message}</Text>}
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header><Heading>{reply ? t("canned.edit_title") : t("canned.new_title")}</Heading></Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {field("title", t("canned.fields.title"), <Input id="canned-title" size="small" {...form.register("title")} />)}
            {field(
              "department_id",
              t("canned.fields.department"),
              <Controller control={form.control} name="department_id" render={({ field: f }) => (
                <Select size="small" value={f.value} onValueChange={f.onChange}>
                  <Select.Trigger id="canned-department_id"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <SelectOptions options={[
                      { value: GLOBAL, label: t("canned.everyone") },
                      ...(departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name })),
                    ]} />
                  </Select.Content>
                </Select>
              )} />
            )}
            {field("body", t("canned.fields.body"), <Textarea id="canned-body" rows={10} {...form.register("body")} />)}
            <TemplateVariables
              variables={CANNED_REPLY_VARIABLES}
              onInsert={(token) => form.setValue("body", appendToken(form.getValues("body"), token), { shouldDirty: true })}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">{t("actions.cancel")}</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>{t("actions.save")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
