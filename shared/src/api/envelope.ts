import { z } from 'zod'

/**
 * What a client passes as `data` to `callFunction`. `requestId` is required for changes.
 * An action named like a member every object inherits (`constructor`, `__proto__`,
 * `toString`) is refused here: the dispatch maps would find Object.prototype's function
 * instead of an action, and the invocation failed (found by test/security/hostile.test.ts).
 */
export const CallRequest = z.object({
  action: z.string().min(1).max(64).refine((name) => !(name in Object.prototype), '暂不支持这个操作'),
  input: z.unknown().optional(),
  requestId: z.string().uuid().optional(),
})
export type CallRequest = z.infer<typeof CallRequest>
