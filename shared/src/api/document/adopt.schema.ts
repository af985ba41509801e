import { z } from 'zod'
import { Id } from '../common'
import { DocumentVote } from './document'

const count = (what: string) => z.number({ error: `请填写${what}票数` }).int(`${what}票数应为整数`).min(0, `${what}票数不能为负数`).max(100000, `${what}票数过大`)

/**
 * After the notice ends, a cadre records the assembly's vote. `outcome` says what the
 * cadre means to record; it must agree with the votes (adopted only when for > against),
 * so a slip of the finger cannot adopt a version the assembly turned down.
 */
export const DocumentAdoptInput = z.object({
  documentId: Id,
  meetingDate: z.iso.date('会议日期格式应为 2026-11-24'),
  for: count('赞成'),
  against: count('反对'),
  abstain: count('弃权'),
  outcome: z.enum(['adopted', 'rejected']),
}).strict()
export const DocumentAdoptOutput = z.object({ documentId: z.string(), version: z.number().int(), status: z.enum(['adopted', 'rejected']), vote: DocumentVote })
export type DocumentAdoptInput = z.infer<typeof DocumentAdoptInput>
export type DocumentAdoptOutput = z.infer<typeof DocumentAdoptOutput>
