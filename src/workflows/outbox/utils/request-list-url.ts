// The mail-out code imports REQUEST_LIST_URL from here; the signed links live with the contact.
export { requestListUrl } from "../../contact/utils/signed-links"
