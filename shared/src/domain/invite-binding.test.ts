import { bindingDecision, type BindingDecision, type BoundIdentity, type InviteGrant } from './invite-binding'

const T = 't-shizi'
const who = (fields: Partial<BoundIdentity>): BoundIdentity => ({
  roles: [], name: '王秀英', townshipId: T, villageId: null, householdId: null, memberId: null, ...fields,
})
const resident = (villageId: string, extra: Partial<BoundIdentity> = {}) =>
  who({ roles: ['resident'], villageId, householdId: `h-${villageId}-1`, memberId: `h-${villageId}-1-m1`, ...extra })

const IDENTITIES: Record<string, BoundIdentity | null> = {
  'no account': null,
  'empty account (first sign-in before issue 7)': who({ name: null }),
  'resident head of V': resident('V'),
  'resident member of V': resident('V', { memberId: 'h-V-1-m2' }),
  'migrant of V': resident('V', { memberId: 'h-V-1-m3' }),
  'panel member of V': resident('V', { roles: ['resident', 'panel'] }),
  'cadre of V': who({ roles: ['cadre'], villageId: 'V' }),
  'cadre of W': who({ roles: ['cadre'], villageId: 'W' }),
  'township officer': who({ roles: ['township'] }),
  'cadre of V with a household in V': resident('V', { roles: ['cadre', 'resident'] }),
  'officer with a household in V': resident('V', { roles: ['township', 'resident'] }),
  'resident of another township': resident('V', { townshipId: 't-other' }),
}

const household = (villageId: string, memberName: string, memberId = `h-${villageId}-2-m1`): InviteGrant => ({
  kind: 'member', role: 'resident', townshipId: T, villageId, householdId: memberId.replace(/-m\d$/, ''), memberId, memberName,
})
const INVITES: Record<string, InviteGrant> = {
  'head in V, someone else': household('V', '吴学军'),
  'member in V, someone else': household('V', '李秀兰', 'h-V-2-m2'),
  'head in V, own name': household('V', '王秀英'),
  'member in V, own name': household('V', ' 王秀英 ', 'h-V-2-m2'),
  'head in W, own name': household('W', '王秀英'),
  'own member place': household('V', '王秀英', 'h-V-1-m1'),
  'cadre of V': { kind: 'role', role: 'cadre', townshipId: T, villageId: 'V', householdId: null, memberId: null, memberName: '新任村专干' },
  'cadre of W': { kind: 'role', role: 'cadre', townshipId: T, villageId: 'W', householdId: null, memberId: null, memberName: '新任村专干' },
  township: { kind: 'role', role: 'township', townshipId: T, villageId: null, householdId: null, memberId: null, memberName: null },
}

// Columns in the order of INVITES.
const B = 'bind', A = 'add-role', H = 'held', R = 'refuse'
const TABLE: Record<string, BindingDecision[]> = {
  //                                        V other  V other  V own  V own  W own  own place  cadre V  cadre W  township
  'no account':                                   [B, B, B, B, B, B, B, B, B],
  'empty account (first sign-in before issue 7)': [B, B, B, B, B, B, B, B, B],
  'resident head of V':                           [R, R, R, R, R, H, A, R, A],
  'resident member of V':                         [R, R, R, R, R, R, A, R, A],
  'migrant of V':                                 [R, R, R, R, R, R, A, R, A],
  'panel member of V':                            [R, R, R, R, R, H, A, R, A],
  'cadre of V':                                   [R, R, A, A, R, A, H, R, R],
  'cadre of W':                                   [R, R, R, R, A, R, R, H, R],
  'township officer':                             [R, R, A, A, A, A, R, R, H],
  'cadre of V with a household in V':             [R, R, R, R, R, H, H, R, R],
  'officer with a household in V':                [R, R, R, R, R, H, R, R, H],
  'resident of another township':                 [R, R, R, R, R, H, R, R, R],
}

describe('bindingDecision', () => {
  const cells = Object.entries(TABLE).flatMap(([identity, row]) =>
    Object.keys(INVITES).map((invite, i) => [identity, invite, row[i]] as const))

  it.each(cells)('%s redeeming %s: %s', (identity, invite, expected) => {
    expect(bindingDecision(IDENTITIES[identity], INVITES[invite])).toBe(expected)
  })

  it('covers every identity and invite in the table', () => {
    expect(Object.keys(TABLE)).toEqual(Object.keys(IDENTITIES))
    for (const row of Object.values(TABLE)) expect(row).toHaveLength(Object.keys(INVITES).length)
  })
})
