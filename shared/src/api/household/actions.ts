import { spec } from '../spec'
import { HouseholdListInput, HouseholdListOutput } from './list.schema'
import { HouseholdGetInput, HouseholdGetOutput } from './get.schema'
import { HouseholdCreateInput, HouseholdCreateOutput } from './create.schema'
import { HouseholdUpdateInput, HouseholdUpdateOutput } from './update.schema'
import { HouseholdArchiveInput, HouseholdArchiveOutput } from './archive.schema'
import { HouseholdViewsInput, HouseholdViewsOutput } from './views.schema'
import { HouseholdConsentInput, HouseholdConsentOutput } from './consent.schema'

export const HOUSEHOLD_ACTIONS = {
  'household.list': spec({ fn: 'household', input: HouseholdListInput, output: HouseholdListOutput, audience: ['cadre', 'township'], mutation: false, summary: '一个村的户籍名册（可按村民组、户主姓名筛选）', errors: ['NOT_IN_VILLAGE'] }),
  'household.get': spec({ fn: 'household', input: HouseholdGetInput, output: HouseholdGetOutput, audience: ['cadre', 'township'], mutation: false, summary: '查看一户及其成员（身份证号仅显示掩码，查看记录本户可见）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'household.create': spec({ fn: 'household', input: HouseholdCreateInput, output: HouseholdCreateOutput, audience: ['cadre'], mutation: true, summary: '村专干新增一户及其成员', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'IDEMPOTENCY_CONFLICT'] }),
  'household.update': spec({ fn: 'household', input: HouseholdUpdateInput, output: HouseholdUpdateOutput, audience: ['cadre'], mutation: true, summary: '修改户名、成员、外出务工情况，或调整到本村其他村民组', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'HOUSEHOLD_ARCHIVED', 'MEMBER_BOUND', 'VERSION_CONFLICT', 'IDEMPOTENCY_CONFLICT'] }),
  'household.archive': spec({ fn: 'household', input: HouseholdArchiveInput, output: HouseholdArchiveOutput, audience: ['cadre'], mutation: true, summary: '归档一户（须填写原因），归档后默认不在名册中显示', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'HOUSEHOLD_ARCHIVED', 'IDEMPOTENCY_CONFLICT'] }),
  'household.views': spec({ fn: 'household', input: HouseholdViewsInput, output: HouseholdViewsOutput, audience: ['resident'], mutation: false, summary: '谁查看过本户的信息（姓名、身份、时间、内容）', errors: [] }),
  'household.consent': spec({ fn: 'household', input: HouseholdConsentInput, output: HouseholdConsentOutput, audience: ['resident'], mutation: true, summary: '户主选择村账公开时是否显示本户户名（默认不显示，为“某户”）', errors: ['NOT_HOUSEHOLD_HEAD', 'IDEMPOTENCY_CONFLICT'] }),
} as const
