import { z } from 'zod'
import { Id } from '../common'
import { CommitmentView } from './commitment'

/** A cadre opens one household's commitment of their village to read it and countersign. */
export const CommitmentGetInput = z.object({ commitmentId: Id }).strict()
export const CommitmentGetOutput = z.object({ commitment: CommitmentView, canCountersign: z.boolean() })
export type CommitmentGetInput = z.infer<typeof CommitmentGetInput>
export type CommitmentGetOutput = z.infer<typeof CommitmentGetOutput>
