import type { z } from 'zod'
import type { Audience } from './roles'
import type { ErrorCode } from './errors'

/** One action: which function serves it, its schemas, who may call it, whether it changes anything. */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  fn: string
  input: I
  output: O
  audience: Audience
  /** Changes need a requestId and are audited. */
  mutation: boolean
  summary: string
  /** The codes this action may answer besides the common ones (see reference.ts). */
  errors: ErrorCode[]
}

export const spec = <I extends z.ZodTypeAny, O extends z.ZodTypeAny>(s: ActionSpec<I, O>) => s
