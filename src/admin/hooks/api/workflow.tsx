import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminDepartment, AdminTicketWorkflow, AdminUser } from "../../lib/types"

export const helpdeskQueryKeys = {
  workflow: ["helpdesk", "workflow"] as const,
  departments: ["helpdesk", "departments"] as const,
  agents: ["helpdesk", "agents"] as const,
}

export const useTicketWorkflow = () =>
  useQuery({
    queryKey: helpdeskQueryKeys.workflow,
    queryFn: () => sdk.client.fetch<AdminTicketWorkflow>("/admin/helpdesk/workflow"),
    staleTime: 5 * 60_000,
  })

export const useDepartments = () =>
  useQuery({
    queryKey: helpdeskQueryKeys.departments,
    queryFn: () => sdk.client.fetch<{ departments: AdminDepartment[] }>("/admin/helpdesk/departments"),
  })

/** Every admin user is an agent (SPEC §6). */
export const useAgents = () =>
  useQuery({
    queryKey: helpdeskQueryKeys.agents,
    queryFn: () => sdk.client.fetch<{ users: AdminUser[] }>("/admin/users", { query: { limit: 200 } }),
    staleTime: 5 * 60_000,
  })

export const useMe = () =>
  useQuery({
    queryKey: ["helpdesk", "me"],
    queryFn: () => sdk.client.fetch<{ user: AdminUser }>("/admin/users/me"),
    staleTime: Infinity,
  })
