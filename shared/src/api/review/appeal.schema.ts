import { z } from 'zod'
import { Id } from '../common'
import { AppealView, ReviewReason } from './review'

/** The household head appeals the household's published result, within the appeal window, once per round. */
export const ReviewAppealInput = z.object({ roundId: Id, reason: ReviewReason }).strict()
export const ReviewAppealOutput = z.object({ appeal: AppealView })
export type ReviewAppealInput = z.input<typeof ReviewAppealInput>
export type ReviewAppealOutput = z.infer<typeof ReviewAppealOutput>
