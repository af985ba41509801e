import { z } from 'zod'
import { ProofView } from './proof'

export const ProofMineInput = z.object({}).strict().default({})
export const ProofMineOutput = z.object({
  /** Members of the household working away: the ones proofs can be submitted for. */
  members: z.array(z.object({
    memberId: z.string(),
    name: z.string(),
    city: z.string(),
    /** False while a proof of theirs waits for the village. */
    canSubmit: z.boolean(),
  })),
  /** The household's proofs, newest first (at most 50). */
  proofs: z.array(ProofView),
})
export type ProofMineInput = z.infer<typeof ProofMineInput>
export type ProofMineOutput = z.infer<typeof ProofMineOutput>
