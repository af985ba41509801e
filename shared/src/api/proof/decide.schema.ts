import { z } from 'zod'
import { Id } from '../common'
import { ProofReason, ProofView } from './proof'

/** The village's cadre verifies a pending proof, or rejects it with a reason. */
export const ProofDecideInput = z.discriminatedUnion('outcome', [
  z.object({ proofId: Id, outcome: z.literal('verified') }).strict(),
  z.object({ proofId: Id, outcome: z.literal('rejected'), reason: ProofReason }).strict(),
])
export const ProofDecideOutput = z.object({ proof: ProofView })
export type ProofDecideInput = z.infer<typeof ProofDecideInput>
export type ProofDecideOutput = z.infer<typeof ProofDecideOutput>
