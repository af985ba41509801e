// The village ledger (理财小组账目). Pure: kinds and their direction, the canonical content an
// approved entry's hash covers, the chain check and the quarterly totals. The cloud function
// stores and reads; anyone holding an export can run the same check (README: 账目哈希链).
import { sha256 } from '@noble/hashes/sha256'
import { bytesToHex } from '@noble/hashes/utils'
import { utf8Bytes } from './utf8'

export { LEDGER_KIND_LABELS, LEDGER_STATUS_LABELS, type LedgerKind, type LedgerStatus } from './ledger-labels'
import type { LedgerKind } from './ledger-labels'

/** Which kinds are about a household (the others are the village's own income and spending). */
export const HOUSEHOLD_KINDS: readonly LedgerKind[] = ['household-fee', 'village-fee', 'reward']

/**
 * The sign of an entry's amount in the village fund: money in is +, money out is −.
 * A reversal takes the opposite sign of the entry it reverses.
 */
export function signedFen(kind: Exclude<LedgerKind, 'reversal'>, amountFen: number): number {
  return kind === 'household-fee' || kind === 'income' ? amountFen : -amountFen
}

/** The chain starts from this "previous hash". */
export const GENESIS_HASH = '0'.repeat(64)
export const LEDGER_FORMAT = 'chengxin-ledger/1'

/** Exactly what an approved entry's content hash covers, in this order. */
export interface LedgerContent {
  seq: number
  villageId: string
  /** Business day (Asia/Shanghai) the entry was approved into the ledger, `2026-11-24`. */
  day: string
  kind: LedgerKind
  amountFen: number
  signedFen: number
  /** The fund's balance after this entry. */
  balanceFen: number
  /** An opaque tag of the household (see householdTag), or null. */
  household: string | null
  itemId: string | null
  /** `review:<id>` or `complaint:<id>` when the entry follows one, else null. */
  source: string | null
  purpose: string
  /** The entry a reversal reverses (its seq in this ledger), else null. */
  reversesSeq: number | null
  reason: string | null
  recordedBy: string
  approvedBy: string
}

const sha = (text: string) => bytesToHex(sha256(utf8Bytes(text)))

/**
 * The canonical text: a JSON array in the order above (UTF-8, no spaces, integers as
 * digits, absent values as null). Python's `json.dumps(row, ensure_ascii=False,
 * separators=(',', ':'))` produces the same text.
 */
export function canonicalLedgerText(c: LedgerContent): string {
  return JSON.stringify([
    LEDGER_FORMAT, c.seq, c.villageId, c.day, c.kind, c.amountFen, c.signedFen, c.balanceFen, c.household,
    c.itemId, c.source, c.purpose, c.reversesSeq, c.reason, c.recordedBy, c.approvedBy,
  ])
}

export const ledgerContentHash = (c: LedgerContent) => sha(canonicalLedgerText(c))
/** An entry's hash binds the previous entry's hash to its own content's. */
export const ledgerEntryHash = (prevHash: string, contentHash: string) => sha(`${prevHash}${contentHash}`)

/**
 * The household as the chain records it: a hash of its id and a random nonce kept with the
 * entry, so an exported ledger shows no household id and two entries of one household
 * cannot be linked, while the stored id is still bound by the chain.
 */
export const householdTag = (householdId: string, nonce: string) => sha(`household:${householdId}:${nonce}`)

export interface ChainLink extends LedgerContent {
  id: string
  prevHash: string
  contentHash: string
  hash: string
  /** Where the stored household id is at hand (the server), the tag must be its tag. */
  householdId?: string | null
  nonce?: string
}

const tagMismatch = (e: ChainLink) => e.nonce !== undefined && (e.householdId ? householdTag(e.householdId, e.nonce) : null) !== e.household

export interface ChainPoint {
  seq: number
  hash: string
  balanceFen: number
}
export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_HASH, balanceFen: 0 }

export type ChainBreak = 'gap' | 'link' | 'content' | 'hash' | 'balance' | 'anchor'
export const CHAIN_BREAK_LABELS: Record<ChainBreak, string> = {
  gap: '缺少前一条账目',
  link: '与前一条账目的哈希接不上',
  content: '内容被改动过',
  hash: '本条哈希不符',
  balance: '余额与前一条对不上',
  anchor: '与已公示的账目不一致',
}

export type ChainCheck =
  | { ok: true; checked: number; last: ChainPoint }
  | { ok: false; checked: number; last: ChainPoint; broken: { seq: number; id: string; why: ChainBreak } }

/**
 * Recomputes a run of the chain that follows `from` (entries in seq order). Stops at the
 * first entry that does not follow: that entry is where the chain breaks.
 */
export function checkChain(entries: readonly ChainLink[], from: ChainPoint = CHAIN_START): ChainCheck {
  let last = from
  let checked = 0
  for (const e of entries) {
    const why: ChainBreak | null =
      e.seq !== last.seq + 1 ? 'gap'
        : e.prevHash !== last.hash ? 'link'
          : ledgerContentHash(e) !== e.contentHash || tagMismatch(e) ? 'content'
            : ledgerEntryHash(e.prevHash, e.contentHash) !== e.hash ? 'hash'
              : e.balanceFen !== last.balanceFen + e.signedFen ? 'balance'
                : null
    if (why) return { ok: false, checked, last, broken: { seq: e.seq, id: e.id, why } }
    last = { seq: e.seq, hash: e.hash, balanceFen: e.balanceFen }
    checked++
  }
  return { ok: true, checked, last }
}

/** Appends approved content after `head`: its seq, balance and hashes. */
export function nextLink(head: ChainPoint, content: Omit<LedgerContent, 'seq' | 'balanceFen'>): Omit<ChainLink, 'id'> {
  const full: LedgerContent = { ...content, seq: head.seq + 1, balanceFen: head.balanceFen + content.signedFen }
  const contentHash = ledgerContentHash(full)
  return { ...full, prevHash: head.hash, contentHash, hash: ledgerEntryHash(head.hash, contentHash) }
}

export interface QuarterTotals {
  quarter: string
  /** Money in (fen, ≥ 0), money out (fen, ≥ 0), and the number of approved entries. */
  inFen: number
  outFen: number
  netFen: number
  count: number
  byKind: Partial<Record<LedgerKind, { fen: number; count: number }>>
}

/**
 * Quarterly totals from approved entries, or from rows already grouped by quarter and kind
 * (`count` entries whose signed amounts sum to `signedFen`). Quarters in order. Reversals
 * count on the side their sign puts them, so a reversed entry and its reversal cancel out.
 */
export function quarterTotals(rows: ReadonlyArray<{ quarter: string; kind: LedgerKind; signedFen: number; count?: number; inFen?: number; outFen?: number }>): QuarterTotals[] {
  const by = new Map<string, QuarterTotals>()
  for (const r of rows) {
    const t = by.get(r.quarter) ?? { quarter: r.quarter, inFen: 0, outFen: 0, netFen: 0, count: 0, byKind: {} }
    const count = r.count ?? 1
    t.inFen += r.inFen ?? Math.max(r.signedFen, 0)
    t.outFen += r.outFen ?? Math.max(-r.signedFen, 0)
    t.netFen += r.signedFen
    t.count += count
    const k = t.byKind[r.kind] ?? { fen: 0, count: 0 }
    t.byKind[r.kind] = { fen: k.fen + r.signedFen, count: k.count + count }
    by.set(r.quarter, t)
  }
  return [...by.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1))
}

/** How another resident sees the household an entry is about: by name only with its consent. */
export function householdShown(entry: { householdId: string | null; householdLabel: string | null }, viewer: { householdId: string | null; seesNames: boolean }, consented = false): string | null {
  if (!entry.householdId) return null
  return viewer.seesNames || consented || viewer.householdId === entry.householdId ? entry.householdLabel : '某户'
}

/** Yuan as villagers read it: 123456 fen → "1234.56" (always two decimals, as accounts are written). */
export const fenText = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`
