import { z } from 'zod'
import { Id } from '../common'
import { DocumentKind } from '../document/document'
import { ComplaintFigures, LedgerFigures, Quarter, SigningFigures } from './report'

/**
 * The facts of a village's A4 public notice (公开栏) for a quarter, which the client draws:
 * documents in force, signing, review outcomes, ledger summary, complaint figures (small counts
 * hidden) and a mini-program code that opens the live version. The same public facts a
 * resident reads in the app (residents: their own village, without the code).
 */
export const NoticeSheetInput = z.object({ villageId: Id.optional(), quarter: Quarter.optional() }).strict().default({})

export const NoticeSheetOutput = z.object({
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  quarter: Quarter,
  /** `2026年第4季度`. */
  quarterLabel: z.string(),
  generatedAt: z.string(),
  /** Adopted documents in force (one per kind), newest version. */
  documents: z.array(z.object({ kind: DocumentKind, kindLabel: z.string(), title: z.string(), version: z.number().int(), adoptedAt: z.string().nullable() })),
  signing: SigningFigures,
  /**
   * The quarter's published review round (null when none): households per outcome, a count
   * below MIN_PUBLIC_CELL shown as null (`hidden`).
   */
  review: z.object({
    quarter: Quarter,
    hidden: z.boolean(),
    outcomes: z.array(z.object({ outcome: z.string(), label: z.string(), count: z.number().int().nullable() })),
  }).nullable(),
  ledger: LedgerFigures.omit({ pending: true }).extend({ published: z.boolean() }),
  complaints: ComplaintFigures,
  /**
   * The mini-program code (wxacode.getUnlimited) that opens the live version, stored in cloud
   * storage: `page` with `scene`. Null for residents.
   */
  code: z.object({ fileId: z.string(), url: z.string(), page: z.string(), scene: z.string() }).nullable(),
})

export type NoticeSheetInput = z.input<typeof NoticeSheetInput>
export type NoticeSheetOutput = z.infer<typeof NoticeSheetOutput>
