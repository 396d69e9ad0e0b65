// The mail-out code imports REQUEST_CONFIRM_URL from here; the signed links live with the contact.
export { requestConfirmUrl } from "../../contact/utils/signed-links"
