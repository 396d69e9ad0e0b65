/** Texts of the admin's common screens: English, and Russian with the same keys. */
const en = {}

const ru: typeof en = {}

export default { en, ru }
