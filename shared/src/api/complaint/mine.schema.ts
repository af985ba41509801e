import { z } from 'zod'
import { Page, PageOf } from '../common'
import { CategoryRule, ComplaintView, PersonChoice } from './complaint'

/**
 * The caller's own named complaints, newest first, and what the filing form needs: the village's
 * categories with their deadlines and the people a complaint may name. (Anonymous ones are not
 * here: they are found only by receipt, complaint.follow.)
 */
export const ComplaintMineInput = Page.strict().default({ limit: 20, offset: 0 })
export const ComplaintMineOutput = PageOf(ComplaintView).extend({
  filing: z.object({
    villageName: z.string(),
    categories: z.array(CategoryRule),
    people: z.array(PersonChoice),
    /** The one plain sentence shown before sending, for each choice. */
    namedNote: z.string(),
    anonymousNote: z.string(),
  }),
})
export type ComplaintMineInput = z.input<typeof ComplaintMineInput>
export type ComplaintMineOutput = z.infer<typeof ComplaintMineOutput>
