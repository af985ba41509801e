import { z } from 'zod'

export const ProofUploadPathInput = z.object({}).strict().default({})
/**
 * Where to upload a certificate photo (the cloudPath of the mini-program's `cloud.uploadFile`): a fresh name in the
 * caller's own folder, the only place proof.submit accepts photos from. The mini-program does
 * not know its own openid, so the server names the folder.
 */
export const ProofUploadPathOutput = z.object({ cloudPath: z.string() })
export type ProofUploadPathInput = z.infer<typeof ProofUploadPathInput>
export type ProofUploadPathOutput = z.infer<typeof ProofUploadPathOutput>
