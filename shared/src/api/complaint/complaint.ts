import { z } from 'zod'
import { Id } from '../common'

// Shared shapes of the complaint context (issue 8). Labels for categories and statuses live in
// one table beside the state machine: shared/src/domain/complaint-labels.ts.

/** The village's complaint categories (defaults; a village's rules may narrow the list or change deadlines). */
export const ComplaintCategory = z.enum(['promise', 'review', 'accounts', 'conduct', 'service', 'other'])
export type ComplaintCategory = z.infer<typeof ComplaintCategory>

/**
 * submitted → accepted → answered → resolved (the complainant confirms) | closed (unresolved,
 * with the reason said plainly). A reopening sends an answered one back to accepted.
 */
export const ComplaintStatus = z.enum(['submitted', 'accepted', 'answered', 'resolved', 'closed'])
export type ComplaintStatus = z.infer<typeof ComplaintStatus>

/** Who handles it now: the village's supervision group (监督小组) or the township. */
export const ComplaintLevel = z.enum(['village', 'township'])
export type ComplaintLevel = z.infer<typeof ComplaintLevel>

/** Why a complaint is (or went) to the township. */
export const EscalationReason = z.enum(['conflict', 'overdue', 'transfer', 'second-reopen'])
export type EscalationReason = z.infer<typeof EscalationReason>

/** Business day in Asia/Shanghai, e.g. 2026-11-24. Anonymous complaints carry days only, never times. */
export const ComplaintDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Day = ComplaintDay

/**
 * The receipt of a complaint: 16 letters/digits (Crockford base32, no I L O U) in four groups,
 * e.g. `K7QD-9M2X-T4HB-8ZRP`. Shown once after filing; the database keeps only its SHA-256.
 * Lower case and missing dashes are accepted (normalised before hashing).
 */
export const Receipt = z.string().trim().toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{16}$/, '回执码应为16位字母和数字'))
  .transform((s) => s.match(/.{4}/g)!.join('-'))

/**
 * How the complainant names their complaint: a named complaint by its id (as its author), an
 * anonymous one (or a named one on another phone) by its receipt code.
 */
export const Locator = z.union([
  z.object({ complaintId: Id }).strict(),
  z.object({ receipt: Receipt }).strict(),
])
export type Locator = z.input<typeof Locator>

/** Complaint text: 1–1,000 characters (passes WeChat's msgSecCheck before storing). */
export const ComplaintText = z.string().trim().min(1, '请写下投诉的内容').max(1000, '内容不能超过1000字')
/** Answers, notes, reasons: 1–1,000 characters. */
export const ComplaintReply = z.string().trim().min(1, '请填写内容').max(1000, '内容不能超过1000字')
export const ComplaintReason = z.string().trim().min(2, '请写明理由').max(500, '理由不能超过500字')

/**
 * Photos: cloud file ids, up to 6, compressed on the phone first, uploaded to the caller's own
 * folder (proof.uploadPath). Named complaints only: cloud storage records who uploaded each
 * file (the rules' resource.openid), so a photo would name the author of an anonymous one —
 * anonymous complaints and additions by receipt must send none (PHOTO_INVALID otherwise).
 */
export const ComplaintPhotos = z.array(z.string().min(1).max(512)).max(6, '最多6张照片').default([])

/** A person a complaint may name: the village's cadre or a panel member, by an opaque reference (never an openid). */
export const PersonChoice = z.object({
  /** Opaque; pass it back as `about.personRef`. */
  ref: z.string(),
  name: z.string(),
  /** E.g. 村专干, 监督小组成员, 评议小组成员. */
  roleLabel: z.string(),
})
export type PersonChoice = z.infer<typeof PersonChoice>

/** A category as this village runs it: label and deadlines in days (defaults 2 to accept, 15 to answer). */
export const CategoryRule = z.object({ id: ComplaintCategory, label: z.string(), acceptDays: z.number().int(), answerDays: z.number().int() })
export type CategoryRule = z.infer<typeof CategoryRule>

/** One event of a complaint's life, as the reader may see it. Days only (never times). */
export const ComplaintEvent = z.object({
  kind: z.enum(['filed', 'accepted', 'answer', 'note', 'addition', 'extended', 'escalated', 'reopened', 'rated', 'resolved', 'closed']),
  day: Day,
  /** Who, as the reader may know: 监督小组, 镇里, 投诉人, 系统 — or a handler's name for handlers. */
  by: z.string(),
  /** The answer, note (handlers only), added information, extension or closing reason, rating comment. */
  text: z.string().nullable(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
})
export type ComplaintEvent = z.infer<typeof ComplaintEvent>

/** What the reader may do with it now (the buttons to show). */
export const ComplaintCan = z.object({
  accept: z.boolean(),
  answer: z.boolean(),
  note: z.boolean(),
  extend: z.boolean(),
  close: z.boolean(),
  escalate: z.boolean(),
  /** Complainant: add information (complaint.respond as 'addition'). */
  add: z.boolean(),
  rate: z.boolean(),
  reopen: z.boolean(),
})
export type ComplaintCan = z.infer<typeof ComplaintCan>

/** A complaint as its reader may see it (handler or complainant). Nothing here is shown to anyone else. */
export const ComplaintView = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  category: ComplaintCategory,
  status: ComplaintStatus,
  level: ComplaintLevel,
  /** Set once it went to the township, and why. */
  escalation: EscalationReason.nullable(),
  anonymous: z.boolean(),
  /** The named complainant (name and household label) — only to the handlers it is routed to and to the author. Null when anonymous. */
  author: z.object({ name: z.string(), householdLabel: z.string() }).nullable(),
  /** The person it is about, as picked or typed; null when none. */
  about: z.object({ name: z.string(), roleLabel: z.string().nullable() }).nullable(),
  text: z.string(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
  filedDay: Day,
  /** Deadlines (business days in Shanghai): accept by, answer by (after any extension). */
  acceptBy: Day,
  answerBy: Day,
  overdue: z.boolean(),
  extension: z.object({ days: z.number().int(), reason: z.string() }).nullable(),
  reopenCount: z.number().int(),
  /** Last day the complainant may reopen (7 days after the answer), or null. */
  reopenUntil: Day.nullable(),
  rating: z.object({ stars: z.number().int(), comment: z.string() }).nullable(),
  closeReason: z.string().nullable(),
  events: z.array(ComplaintEvent),
  can: ComplaintCan,
})
export type ComplaintView = z.infer<typeof ComplaintView>

/** A row of the handlers' list (no text beyond a short excerpt, no photos). */
export const ComplaintSummary = ComplaintView.pick({
  id: true, villageId: true, villageName: true, category: true, status: true, level: true,
  anonymous: true, filedDay: true, acceptBy: true, answerBy: true, overdue: true,
}).extend({ excerpt: z.string() })
export type ComplaintSummary = z.infer<typeof ComplaintSummary>

export const ComplaintChangeOutput = z.object({ complaint: ComplaintView })
export type ComplaintChangeOutput = z.infer<typeof ComplaintChangeOutput>

/** Big integers cross the wire as lowercase hex (no 0x). */
export const Hex = z.string().regex(/^[0-9a-f]{1,1024}$/, '格式不正确')
/** ISO week in Shanghai, e.g. 2026W48: a token key's period. */
export const TokenPeriod = z.string().regex(/^\d{4}W\d{2}$/)

/** A period's public key (RSA, 2048 bits): the client blinds with it and checks signatures. */
export const TokenKey = z.object({ period: TokenPeriod, n: Hex, e: z.number().int(), keyId: z.string() })
export type TokenKey = z.infer<typeof TokenKey>

/** A spent filing token: the random message, its unblinded signature, and the key's period. */
export const FilingToken = z.object({ period: TokenPeriod, message: z.string().regex(/^[0-9a-f]{64}$/), signature: Hex }).strict()
export type FilingToken = z.infer<typeof FilingToken>
