import type { AccountDoc } from '@chengxin/shared/src/server/documents'
import { ROLE_LABELS } from '@chengxin/shared/src/api/roles'
import { NEW_IDENTITIES } from './seed/people'

import type { DemoIdentity } from '@chengxin/shared/src/api/demo-identity'

export type Identity = DemoIdentity

/** The demo sign-in list: every bound account, then the fresh identities not yet bound. */
export function identities(accounts: AccountDoc[]): Identity[] {
  const bound = accounts
    .filter((a) => a.roles.length > 0)
    .map((a) => ({
      openid: a._id,
      name: a.name ?? '（未填写姓名）',
      roles: a.roles,
      villageName: a.villageName,
      householdLabel: a.householdLabel,
      note: [a.roles.map((r) => ROLE_LABELS[r]).join('、'), a.villageName, a.householdLabel && `${a.householdLabel}${a.isHead ? '户主' : '成员'}`]
        .filter(Boolean).join(' · '),
    }))
  const taken = new Set(bound.map((b) => b.openid))
  const fresh = NEW_IDENTITIES.filter((n) => !taken.has(n.openid)).map((n) => ({ ...n, roles: [], villageName: null, householdLabel: null }))
  return [...bound, ...fresh]
}
