import { z } from 'zod'

/**
 * Action names are dotted words (`commitment.template.get`). The shape also keeps out the names
 * every object inherits (`constructor`, `__proto__`, `toString`): a dispatch map looked up by
 * one of those found a function instead of an action and the invocation failed.
 */
export const ACTION_NAME = /^[a-z]+(\.[a-zA-Z]+)+$/

/** What a client passes as `data` to `callFunction`. `requestId` is required for changes. */
export const CallRequest = z.object({
  action: z.string().min(1).max(64).regex(ACTION_NAME),
  input: z.unknown().optional(),
  requestId: z.string().uuid().optional(),
})
export type CallRequest = z.infer<typeof CallRequest>
