import { z } from 'zod'
import { ComplaintCategory, ComplaintPhotos, ComplaintText, ComplaintView, FilingToken } from './complaint'

/** Whom it is about: a person picked from complaint.mine's `filing.people`, or a name typed (≤ 20 characters). */
export const ComplaintAbout = z.union([
  z.object({ personRef: z.string().min(1).max(64) }).strict(),
  z.object({ name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多20个字') }).strict(),
])

const common = {
  category: ComplaintCategory,
  text: ComplaintText,
  photos: ComplaintPhotos,
  about: ComplaintAbout.nullable().default(null),
}

/**
 * A bound resident (migrants included) files a complaint about their own village.
 * - Named: the handlers it is routed to see the author's name and household.
 * - Anonymous: nothing stored names or can be traced to the author; it spends one filing token
 *   (complaint.tokens) and answers a receipt code, shown once. Retrying with the same requestId
 *   and input answers the same receipt.
 * Routing: the village's supervision group, minus the person named and their household; to the
 * township when that leaves nobody, or it names a supervision member or the village's cadre.
 */
export const ComplaintFileInput = z.discriminatedUnion('anonymous', [
  z.object({ anonymous: z.literal(false), ...common }).strict(),
  z.object({ anonymous: z.literal(true), ...common, photos: z.array(z.string()).max(0, '匿名投诉不能附照片：照片会记下上传人的微信').default([]), token: FilingToken }).strict(),
])
export const ComplaintFileOutput = z.object({
  complaint: ComplaintView,
  /** Anonymous only: the receipt code (show once, keep on the device, ask to write it down). Null when named. */
  receipt: z.string().nullable(),
})
export type ComplaintFileInput = z.input<typeof ComplaintFileInput>
export type ComplaintFileOutput = z.infer<typeof ComplaintFileOutput>
