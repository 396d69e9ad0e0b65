import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { encryptSecret, SecretKeyMissingError } from "../../../lib/crypto/secret-box"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { MailboxInput } from "../types"

export const encryptMailboxPasswordsStepId = "encrypt-mailbox-passwords"

/** Turns write-only plain passwords into the encrypted columns; nothing plain is stored. */
export const encryptMailboxPasswordsStep = createStep(
  encryptMailboxPasswordsStepId,
  async (input: Partial<MailboxInput> & { id?: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const { imap_password, smtp_password, ...rest } = input
    const data: Record<string, unknown> = { ...rest }
    try {
      if (imap_password !== undefined) {
        data.imap_password_encrypted = imap_password ? encryptSecret(imap_password, helpdesk.getSecretKey()) : null
      }
      if (smtp_password !== undefined) {
        data.smtp_password_encrypted = smtp_password ? encryptSecret(smtp_password, helpdesk.getSecretKey()) : null
      }
    } catch (error) {
      if (error instanceof SecretKeyMissingError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
    return new StepResponse(data)
  }
)
