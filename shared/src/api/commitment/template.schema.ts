import { z } from 'zod'
import { CommitmentItem } from './commitment'

const ItemText = z.string().trim().min(2, '每条承诺至少2个字').max(200, '每条承诺不超过200字')
const Items = z.array(z.object({ text: ItemText }).strict()).min(1, '至少一条承诺').max(20, '最多20条承诺')

/** A cadre publishes a new version of the village's two-way commitment template. */
export const CommitmentTemplatePublishInput = z.object({
  title: z.string().trim().min(2, '标题至少2个字').max(50, '标题不超过50字'),
  villageItems: Items,
  householdItems: Items,
}).strict()
export const CommitmentTemplatePublishOutput = z.object({ templateId: z.string(), version: z.number().int(), superseded: z.number().int() })

export const TemplateView = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  villageItems: z.array(CommitmentItem),
  householdItems: z.array(CommitmentItem),
  publishedAt: z.string(),
})
export const CommitmentTemplateGetInput = z.object({}).strict().default({})
export const CommitmentTemplateGetOutput = z.object({ template: TemplateView.nullable() })

export type CommitmentTemplatePublishInput = z.input<typeof CommitmentTemplatePublishInput>
export type CommitmentTemplatePublishOutput = z.infer<typeof CommitmentTemplatePublishOutput>
export type TemplateView = z.infer<typeof TemplateView>
export type CommitmentTemplateGetOutput = z.infer<typeof CommitmentTemplateGetOutput>
