import { householdOf, defineAction } from '@chengxin/shared/src/server'
import { photoUrls } from './photos'
import { proofView } from './view'

/** The household's members working away and their proofs, in the context load alone. */
export const mine = defineAction<'proof.mine'>()({
  preload: () => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    proofs: { from: 'proofs', ofCaller: { householdId: 'householdId' }, sort: { submittedAt: -1 }, limit: 50 },
  }),

  async run({ caller, preloaded }) {
    householdOf(caller)
    const household = preloaded.household.at(0)
    const proofs = preloaded.proofs
    const pending = new Set(proofs.filter((p) => p.status === 'pending').map((p) => p.memberId))
    const urls = await photoUrls(proofs.map((p) => p.fileId))
    return {
      members: (household?.members ?? []).filter((m) => m.workingAway).map((m) => ({
        memberId: m.id, name: m.name, city: m.workingAway!.city, canSubmit: !household!.archived && !pending.has(m.id),
      })),
      proofs: proofs.map((p) => proofView(p, urls)),
    }
  },
})
