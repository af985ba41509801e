import { z } from 'zod'
import { Id } from '../common'
import { Quarter } from './report'

/** Tables of the Excel export: one sheet each ('all': every one). */
export const ReportTable = z.enum(['all', 'signing', 'enrolment', 'checkups', 'proofs', 'complaints', 'review', 'ledger', 'savings', 'trend', 'assessment'])

/**
 * The dashboard's tables as an Excel workbook (exceljs), one sheet per table, each sheet
 * headed by its period and the time of generation: a cadre's village per villager group; a
 * township officer's villages (one row per village, roster order), or one village per group
 * with villageId. `trend`: the last 8 quarters. `assessment`: submitted results of the quarter.
 */
export const ReportExportInput = z.object({
  table: ReportTable.default('all'),
  villageId: Id.optional(),
  /** The quarter of the quarter figures (default: the current one). */
  quarter: Quarter.optional(),
}).strict().default({ table: 'all' })

export const ReportExportOutput = z.object({
  fileName: z.string(),
  fileId: z.string(),
  /** A temporary link to download the file. */
  url: z.string(),
  /** Each sheet's name as in the workbook and its data rows (headings and totals not counted). */
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })),
})

export type ReportTable = z.infer<typeof ReportTable>
export type ReportExportInput = z.input<typeof ReportExportInput>
export type ReportExportOutput = z.infer<typeof ReportExportOutput>
