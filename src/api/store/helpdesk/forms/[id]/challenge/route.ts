import { sendChallenge } from "../../../../../utils/forms/send-challenge"

export const GET = sendChallenge
