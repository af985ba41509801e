import { spec } from '../spec'
import { ProofUploadPathInput, ProofUploadPathOutput } from './upload-path.schema'
import { ProofSubmitInput, ProofSubmitOutput } from './submit.schema'
import { ProofMineInput, ProofMineOutput } from './mine.schema'
import { ProofListInput, ProofListOutput } from './list.schema'
import { ProofDecideInput, ProofDecideOutput } from './decide.schema'

export const PROOF_ACTIONS = {
  'proof.uploadPath': spec({ fn: 'proof', input: ProofUploadPathInput, output: ProofUploadPathOutput, audience: ['resident'], mutation: false, summary: '上传检查证明照片的云存储路径（本人的文件夹）', errors: [] }),
  'proof.submit': spec({ fn: 'proof', input: ProofSubmitInput, output: ProofSubmitOutput, audience: ['resident'], mutation: true, summary: '在外务工的家庭成员提交异地检查证明（照片、机构、日期），可在驳回后重新提交', errors: ['NOT_FOUND', 'NOT_WORKING_AWAY', 'PROOF_PENDING', 'PROOF_STATE', 'PHOTO_INVALID', 'HOUSEHOLD_ARCHIVED', 'IDEMPOTENCY_CONFLICT'] }),
  'proof.mine': spec({ fn: 'proof', input: ProofMineInput, output: ProofMineOutput, audience: ['resident'], mutation: false, summary: '本户在外务工成员及其异地检查证明（状态、理由、照片）', errors: [] }),
  'proof.list': spec({ fn: 'proof', input: ProofListInput, output: ProofListOutput, audience: ['cadre'], mutation: false, summary: '本村的异地检查证明（按状态，待审核的附照片）', errors: [] }),
  'proof.decide': spec({ fn: 'proof', input: ProofDecideInput, output: ProofDecideOutput, audience: ['cadre'], mutation: true, summary: '村专干审核异地检查证明：通过，或说明理由驳回', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'PROOF_STATE', 'IDEMPOTENCY_CONFLICT'] }),
} as const
