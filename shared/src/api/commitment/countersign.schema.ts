import { z } from 'zod'
import { CommitmentSignInput, CommitmentSignOutput } from './sign.schema'

export const CommitmentCountersignInput = CommitmentSignInput
export const CommitmentCountersignOutput = CommitmentSignOutput
export type CommitmentCountersignInput = z.infer<typeof CommitmentCountersignInput>
export type CommitmentCountersignOutput = z.infer<typeof CommitmentCountersignOutput>
