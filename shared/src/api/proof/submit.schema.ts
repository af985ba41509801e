import { z } from 'zod'
import { Id } from '../common'
import { ProofView } from './proof'

/** A check-up done where the member works: the certificate photo, the clinic and the day. */
export const ProofSubmitInput = z.object({
  /** The household member it is for: one working away (the caller or a relative). */
  memberId: Id,
  clinicName: z.string().trim().min(1, '请填写检查机构名称').max(50, '机构名称不能超过50字'),
  checkupDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '检查日期格式不正确'),
  /** The fileID the mini-program's `cloud.uploadFile` answered for a photo uploaded to proof.uploadPath's cloudPath. */
  fileId: z.string().min(1, '请先上传证明照片').max(512),
  /** Resubmitting: the rejected proof this one replaces. */
  previousProofId: Id.optional(),
}).strict()
export const ProofSubmitOutput = z.object({ proof: ProofView })
export type ProofSubmitInput = z.infer<typeof ProofSubmitInput>
export type ProofSubmitOutput = z.infer<typeof ProofSubmitOutput>
