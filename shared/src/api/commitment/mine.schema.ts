import { z } from 'zod'
import { CommitmentView } from './commitment'

export const CommitmentMineInput = z.object({}).strict().default({})
/** null when the village has not issued a commitment to this household yet. */
export const CommitmentMineOutput = z.object({ commitment: CommitmentView.nullable(), canSign: z.boolean() })
export type CommitmentMineInput = z.infer<typeof CommitmentMineInput>
export type CommitmentMineOutput = z.infer<typeof CommitmentMineOutput>
