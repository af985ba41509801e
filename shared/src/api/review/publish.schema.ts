import { z } from 'zod'
import { Id } from '../common'
import { RoundView } from './review'

/** A cadre publishes a closed round: the notice (and the appeal window) starts; every household is told. */
export const ReviewPublishInput = z.object({ roundId: Id }).strict()
export const ReviewPublishOutput = z.object({ round: RoundView })
export type ReviewPublishInput = z.input<typeof ReviewPublishInput>
export type ReviewPublishOutput = z.infer<typeof ReviewPublishOutput>
