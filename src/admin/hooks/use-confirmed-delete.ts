import { toast, usePrompt } from "@medusajs/ui"

export interface DeletePrompt {
  title: string
  description: string
  confirmText: string
  cancelText: string
}

/**
 * The settings lists' Delete: asks first, then deletes and says how it went
 * (the server's reason when it refuses). Answers whether it was deleted.
 */
export const useConfirmedDelete = () => {
  const prompt = usePrompt()
  return async (
    ask: DeletePrompt,
    remove: () => Promise<unknown>,
    done: string,
    failed: (error: unknown) => string = (error) => (error as Error).message
  ): Promise<boolean> => {
    if (!(await prompt(ask))) return false
    try {
      await remove()
      toast.success(done)
      return true
    } catch (error) {
      toast.error(failed(error))
      return false
    }
  }
}
