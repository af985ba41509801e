import { z } from 'zod'
import { Page, PageOf } from '../common'
import { ProofStatus, ProofView } from './proof'

/** A cadre's page of their village's proofs by status: pending ones oldest first (a queue), decided ones newest first. */
export const ProofListInput = Page.extend({ status: ProofStatus.default('pending') }).strict()
export const ProofListOutput = PageOf(ProofView)
export type ProofListInput = z.input<typeof ProofListInput>
export type ProofListOutput = z.infer<typeof ProofListOutput>
