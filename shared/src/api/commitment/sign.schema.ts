import { z } from 'zod'
import { Id } from '../common'
import { Signature } from './commitment'

/** The client sends the hash of the text it showed; the server signs only that exact text. */
export const CommitmentSignInput = z.object({
  commitmentId: Id,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, '内容校验码格式不正确'),
}).strict()
export const CommitmentSignOutput = z.object({ commitmentId: z.string(), status: z.string(), signature: Signature })
export type CommitmentSignInput = z.infer<typeof CommitmentSignInput>
export type CommitmentSignOutput = z.infer<typeof CommitmentSignOutput>
