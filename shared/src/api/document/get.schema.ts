import { z } from 'zod'
import { Id, Instant } from '../common'
import { DocumentSummary } from './document'

export const DocumentComment = z.object({ id: z.string(), name: z.string(), text: z.string(), at: Instant, mine: z.boolean() })
export const DocumentDiffPart = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string(), lines: z.number().int() })

/**
 * One version with its text and what changed from the previous adopted version. Comments:
 * a cadre of the village sees all of them (50 a page), a resident only their own.
 */
export const DocumentGetInput = z.object({
  documentId: Id,
  commentOffset: z.number().int().min(0).max(100000).default(0),
}).strict()
export const DocumentGetOutput = z.object({
  document: DocumentSummary.extend({ villageName: z.string(), body: z.string() }),
  /** The adopted version this one is compared with; null for a village's first version. */
  previous: z.object({ id: z.string(), version: z.number().int(), adoptedAt: Instant.nullable() }).nullable(),
  changes: z.object({ parts: z.array(DocumentDiffPart), added: z.number().int(), removed: z.number().int() }),
  comments: z.object({ scope: z.enum(['all', 'own', 'none']), items: z.array(DocumentComment), total: z.number().int() }),
  canComment: z.boolean(),
})
export type DocumentGetInput = z.input<typeof DocumentGetInput>
export type DocumentGetOutput = z.infer<typeof DocumentGetOutput>
