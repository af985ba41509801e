import { spec } from '../spec'
import { DocumentListInput, DocumentListOutput } from './list.schema'
import { DocumentGetInput, DocumentGetOutput } from './get.schema'
import { DocumentHistoryInput, DocumentHistoryOutput } from './history.schema'
import { DocumentDraftInput, DocumentDraftOutput } from './draft.schema'
import { DocumentPublishInput, DocumentPublishOutput } from './publish.schema'
import { DocumentAdoptInput, DocumentAdoptOutput } from './adopt.schema'
import { DocumentCommentInput, DocumentCommentOutput } from './comment.schema'

const READERS = ['resident', 'panel', 'cadre', 'township'] as const

export const DOCUMENT_ACTIONS = {
  'document.list': spec({ fn: 'document', input: DocumentListInput, output: DocumentListOutput, audience: [...READERS], mutation: false, summary: '本村现行和公示中的村务文件（村专干另见草稿；镇里可查看任一村）', errors: ['NOT_IN_VILLAGE'] }),
  'document.get': spec({ fn: 'document', input: DocumentGetInput, output: DocumentGetOutput, audience: [...READERS], mutation: false, summary: '查看文件的某一版本、与上一生效版本的差异及意见', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'document.history': spec({ fn: 'document', input: DocumentHistoryInput, output: DocumentHistoryOutput, audience: [...READERS], mutation: false, summary: '某类文件的历次版本（公示与表决记录）', errors: ['NOT_IN_VILLAGE'] }),
  'document.draft': spec({ fn: 'document', input: DocumentDraftInput, output: DocumentDraftOutput, audience: ['cadre'], mutation: true, summary: '村专干起草或修改某类文件的新版本', errors: ['DOCUMENT_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'document.publish': spec({ fn: 'document', input: DocumentPublishInput, output: DocumentPublishOutput, audience: ['cadre'], mutation: true, summary: '村专干将草稿公示若干天，并通知本村村民', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'DOCUMENT_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'document.adopt': spec({ fn: 'document', input: DocumentAdoptInput, output: DocumentAdoptOutput, audience: ['cadre'], mutation: true, summary: '公示期满后，村专干登记村民（代表）会议表决结果：通过则成为现行版本', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'DOCUMENT_STATE', 'NOTICE_NOT_ENDED', 'VOTE_MISMATCH', 'IDEMPOTENCY_CONFLICT'] }),
  'document.comment': spec({ fn: 'document', input: DocumentCommentInput, output: DocumentCommentOutput, audience: ['resident'], mutation: true, summary: '村民在公示期内对文件提出意见', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'NOTICE_CLOSED', 'IDEMPOTENCY_CONFLICT'] }),
} as const
