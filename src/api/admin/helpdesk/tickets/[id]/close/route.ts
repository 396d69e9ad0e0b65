import { TicketActions } from "../../../../../../modules/helpdesk"
import { transitionRoute } from "../../helpers"

export const POST = transitionRoute(TicketActions.CLOSE)
