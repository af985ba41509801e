import { z } from 'zod'

/** What a client passes as `data` to `callFunction`. `requestId` is required for changes. */
export const CallRequest = z.object({
  action: z.string().min(1).max(64),
  input: z.unknown().optional(),
  requestId: z.string().uuid().optional(),
})
export type CallRequest = z.infer<typeof CallRequest>
