import type { CommitmentDoc, CommitmentTemplateDoc, HouseholdDoc } from '@chengxin/shared/src/server'
import { accountOf, defineAction, householdOf, listOf } from '@chengxin/shared/src/server'
import { commitmentView } from './view'
import { CURRENT_TEMPLATE, issueInstance } from './instance'

/**
 * The household's current commitment. When the village has published a newer template than
 * the household's instance, the new instance is issued now and the household is due to sign.
 */
export const mine = defineAction<'commitment.mine'>()({
  preload: () => CURRENT_TEMPLATE,

  async run({ db, caller, preloaded }) {
    const { householdId, isHead } = householdOf(caller)
    const template: CommitmentTemplateDoc | undefined = preloaded.template[0]
    const household: HouseholdDoc | undefined = preloaded.household[0]
    const res = await db.collection('commitments').where({ householdId }).orderBy('templateVersion', 'desc').limit(1).get()
    let doc = listOf<CommitmentDoc>(res)[0]
    if (template && household && !household.archived && (!doc || doc.templateVersion < template.version)) {
      doc = await issueInstance(db, accountOf(caller), household, template)
    }
    if (!doc) return { commitment: null, canSign: false }
    return { commitment: commitmentView(doc), canSign: isHead && doc.status === 'awaiting-household' }
  },
})
