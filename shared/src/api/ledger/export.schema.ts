import { z } from 'zod'
import { Id } from '../common'
import { Quarter } from './ledger'

/** The ledger (one quarter, or the latest 2,000 entries) and its quarterly summary as an Excel file, as posted publicly. */
export const LedgerExportInput = z.object({ villageId: Id.optional(), quarter: Quarter.optional() }).strict().default({})
export const LedgerExportOutput = z.object({ fileName: z.string(), fileId: z.string(), url: z.string(), rows: z.number().int() })
export type LedgerExportInput = z.input<typeof LedgerExportInput>
export type LedgerExportOutput = z.infer<typeof LedgerExportOutput>
