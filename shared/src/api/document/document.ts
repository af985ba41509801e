import { z } from 'zod'
import { Id, Instant } from '../common'

/** 章程, 村规民约, 居民公约, 诚信管理标准, 奖励优惠待遇. */
export const DocumentKind = z.enum(['charter', 'village-rules', 'residents-rules', 'integrity-standards', 'benefits'])
export type DocumentKind = z.infer<typeof DocumentKind>

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  charter: '章程',
  'village-rules': '村规民约',
  'residents-rules': '居民公约',
  'integrity-standards': '诚信管理标准',
  benefits: '奖励优惠待遇',
}

export const DocumentStatus = z.enum(['draft', 'notice', 'adopted', 'superseded', 'rejected'])
export type DocumentStatus = z.infer<typeof DocumentStatus>

/** The township reads any village's documents, naming the village; everyone else reads their own. */
export const DocumentScope = z.object({ villageId: Id.optional() })

/** The notice period a cadre may choose, in whole days. */
export const NOTICE_DAYS = { min: 3, max: 30, default: 7 } as const

export const DocumentNotice = z.object({ days: z.number().int(), startsAt: Instant, endsAt: Instant })
export const DocumentVote = z.object({
  meetingDate: z.string(),
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  outcome: z.enum(['adopted', 'rejected']),
})
export type DocumentVote = z.infer<typeof DocumentVote>

/** A version without its text: for lists and the history. */
export const DocumentSummary = z.object({
  id: z.string(),
  villageId: z.string(),
  kind: DocumentKind,
  version: z.number().int(),
  title: z.string(),
  status: DocumentStatus,
  notice: DocumentNotice.nullable(),
  vote: DocumentVote.nullable(),
  adoptedAt: Instant.nullable(),
  supersededAt: Instant.nullable(),
  updatedAt: Instant,
})
export type DocumentSummary = z.infer<typeof DocumentSummary>
