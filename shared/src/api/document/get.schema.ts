import { z } from 'zod'
import { Id, Instant } from '../common'
import { DocumentSummary } from './document'

export const DocumentComment = z.object({ id: z.string(), name: z.string(), text: z.string(), at: Instant, mine: z.boolean() })
/** A run of clauses; `changed` is one reworded clause, `before` its old wording. Numbers are ignored. */
export const DocumentDiffPart = z.object({ op: z.enum(['same', 'added', 'removed', 'changed']), text: z.string(), lines: z.number().int(), before: z.string().optional() })

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
  /** Counts of clauses added, removed and reworded; `renumbered` moved number only (not a change). */
  changes: z.object({ parts: z.array(DocumentDiffPart), added: z.number().int(), removed: z.number().int(), changed: z.number().int(), renumbered: z.number().int() }),
  comments: z.object({ scope: z.enum(['all', 'own', 'none']), items: z.array(DocumentComment), total: z.number().int() }),
  canComment: z.boolean(),
})
export type DocumentGetInput = z.input<typeof DocumentGetInput>
export type DocumentGetOutput = z.infer<typeof DocumentGetOutput>
