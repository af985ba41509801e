import { z } from 'zod'
import { Page, PageOf } from '../common'
import { DocumentKind, DocumentSummary, DocumentScope } from './document'

/** Every version of one kind that went on notice, newest first, with its dates and vote. */
export const DocumentHistoryInput = Page.extend(DocumentScope.shape).extend({ kind: DocumentKind }).strict()
export const DocumentHistoryOutput = PageOf(DocumentSummary)
export type DocumentHistoryInput = z.input<typeof DocumentHistoryInput>
export type DocumentHistoryOutput = z.infer<typeof DocumentHistoryOutput>
