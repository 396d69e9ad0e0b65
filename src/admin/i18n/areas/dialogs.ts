/** Texts of the admin's dialogs screens: English, and Russian with the same keys. */
const en = {}

const ru: typeof en = {}

export default { en, ru }
