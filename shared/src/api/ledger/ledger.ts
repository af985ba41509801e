import { z } from 'zod'
import { Id } from '../common'

export const LedgerKind = z.enum(['household-fee', 'village-fee', 'reward', 'income', 'spending', 'reversal'])
export const LedgerStatus = z.enum(['pending', 'approved', 'rejected'])
export type LedgerKind = z.infer<typeof LedgerKind>
export type LedgerStatus = z.infer<typeof LedgerStatus>
export const Quarter = z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为2026Q4')
/** Amounts in integer fen: 1 fen to 1,000,000 yuan. */
export const Fen = z.number({ error: '请填写金额' }).int('金额以分为单位，应为整数').min(1, '金额应大于0').max(100_000_000, '金额过大')
export const LedgerPurpose = z.string().trim().min(1, '请填写事由').max(200, '事由不能超过200字')
export const LedgerReason = z.string().trim().min(1, '请填写理由').max(500, '理由不能超过500字')
/** The review round or complaint an entry follows. */
export const LedgerSource = z.object({ type: z.enum(['review', 'complaint']), id: Id }).strict()

/** Where the chain stands: the last verified entry's position, hash and balance. */
export const ChainPoint = z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/), balanceFen: z.number().int() }).strict()

/** An entry as its reader may see it: the household by name only when the reader may know it. */
export const LedgerEntryView = z.object({
  id: z.string(),
  status: LedgerStatus,
  /** Position in the village chain once approved. */
  seq: z.number().int().nullable(),
  kind: LedgerKind,
  amountFen: z.number().int(),
  /** + into the village fund, − out of it. */
  signedFen: z.number().int(),
  /** The fund's balance after this entry (approved only). */
  balanceFen: z.number().int().nullable(),
  /** Business day: approved on, or recorded on while pending. */
  day: z.string(),
  quarter: z.string().nullable(),
  /** The household's name, "某户", or null for the village's own income and spending. */
  household: z.string().nullable(),
  ownHousehold: z.boolean(),
  itemId: z.string().nullable(),
  itemText: z.string().nullable(),
  source: LedgerSource.nullable(),
  purpose: z.string(),
  hasReceipt: z.boolean(),
  /** A temporary link (an hour) to the receipt photo, for finance members and cadres; else null. */
  receiptUrl: z.string().nullable(),
  reversesEntryId: z.string().nullable(),
  reversesSeq: z.number().int().nullable(),
  /** Why a reversal corrects its original. */
  reason: z.string().nullable(),
  recordedBy: z.string(),
  decidedBy: z.string().nullable(),
  rejectReason: z.string().nullable(),
  hash: z.string().nullable(),
  /** The reader is a finance member who may approve or reject it. */
  canDecide: z.boolean(),
  /** The reader is a finance member who may record a reversal of it. */
  canReverse: z.boolean(),
})
export type LedgerEntryView = z.infer<typeof LedgerEntryView>

export const LedgerChangeOutput = z.object({ entry: LedgerEntryView })
export type LedgerChangeOutput = z.infer<typeof LedgerChangeOutput>

export const LedgerQuarterTotals = z.object({
  quarter: z.string(),
  inFen: z.number().int(),
  outFen: z.number().int(),
  netFen: z.number().int(),
  count: z.number().int(),
  byKind: z.partialRecord(LedgerKind, z.object({ fen: z.number().int(), count: z.number().int() })),
})
export type LedgerQuarterTotals = z.infer<typeof LedgerQuarterTotals>
