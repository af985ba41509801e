// The complaint API's types as the pages use them (types only: no zod reaches the client).
export type {
  CategoryRule, ComplaintCan, ComplaintCategory, ComplaintEvent, ComplaintLevel, ComplaintListOutput, ComplaintMineOutput,
  ComplaintStatsOutput, ComplaintStatsRow, ComplaintStatus, ComplaintSummary, ComplaintView, EscalationReason, FilingToken,
  Locator, PersonChoice, TokenKey,
} from '@chengxin/shared/src/api'
export { call } from '../../services/cloud'
