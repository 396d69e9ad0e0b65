import { Container } from "@medusajs/ui"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { TeamAgents } from "../../../../components/team-agents"
import { TeamDepartments } from "../../../../components/team-departments"
import { SupervisorOnlyNotice } from "../../../../components/team-supervisor-notice"
import { useIsSupervisor } from "../../../../hooks/api/team"

/** Settings → Helpdesk → Departments and agents (F-DEPTS): departments, their members, the supervisors. */
const HelpdeskDepartmentsPage = () => {
  const canEdit = useIsSupervisor() === true
  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <SupervisorOnlyNotice />
      <Container className="divide-y p-0">
        <TeamDepartments canEdit={canEdit} />
      </Container>
      <Container className="divide-y p-0">
        <TeamAgents canEdit={canEdit} />
      </Container>
    </div>
  )
}

export default HelpdeskDepartmentsPage
