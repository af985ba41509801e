import { z } from 'zod'
import { Page, PageOf } from '../common'
import { DocumentKind, DocumentSummary, DocumentScope } from './document'

/**
 * The village's documents in force and on notice (cadres also see their drafts), by kind
 * then newest version first.
 */
export const DocumentListInput = Page.extend(DocumentScope.shape).extend({ kind: DocumentKind.optional() }).strict()
export const DocumentListOutput = PageOf(DocumentSummary)
export type DocumentListInput = z.input<typeof DocumentListInput>
export type DocumentListOutput = z.infer<typeof DocumentListOutput>
