import { z } from 'zod'
import { Hex, TokenKey } from './complaint'

/**
 * Filing tokens for anonymous complaints (extra action beyond the 13), RSA blind
 * signatures (RSA-FDH; shared/src/domain/blind-token.ts does the client's half):
 * 1. call with no `blinded` → this week's public key and how many the household may still get;
 * 2. the client makes a random 32-byte message per token, blinds it with the key, calls again
 *    with `blinded` (and the `keyId` it blinded for) → one blind signature per value;
 * 3. the client unblinds and keeps {period, message, signature} on the device; complaint.file
 *    spends one. The server learns which household obtained tokens, never which was spent.
 * Each bound household may obtain `perWeek` (3) a week; tokens stay valid the week after.
 */
export const ComplaintTokensInput = z.object({
  keyId: z.string().min(1).max(64).optional(),
  /** Blinded messages, lowercase hex, at most the household's remaining allowance (≤ 3). */
  blinded: z.array(Hex).min(1).max(3).optional(),
}).strict().default({})
export const ComplaintTokensOutput = z.object({
  key: TokenKey,
  /** One blind signature (hex) per blinded value, in order; empty when none were asked for. */
  signatures: z.array(Hex),
  /** Tokens the household may still obtain this week. */
  remaining: z.number().int(),
  perWeek: z.number().int(),
})
export type ComplaintTokensInput = z.input<typeof ComplaintTokensInput>
export type ComplaintTokensOutput = z.infer<typeof ComplaintTokensOutput>
