import { PAGES } from '@chengxin/shared/src/api/pages'
import type { CommitmentTemplateDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, isDuplicateKey, updatedCount } from '@chengxin/shared/src/server'
import { TEMPLATE_PRELOAD } from './template-get'

const LIVE = ['awaiting-household', 'awaiting-village', 'complete']

/**
 * A new version of the village's template. Every live instance of an older version is
 * superseded in one conditional update, so every household is due to sign again; each
 * household's new instance is issued when it next opens its commitment (commitment.mine).
 */
export const templatePublish = defineAction<'commitment.template.publish'>()({
  preload: () => TEMPLATE_PRELOAD,

  async run(ctx, input) {
    const { db, _ } = ctx
    const account = accountOf(ctx.caller)
    const villageId = account.villageId!
    const latest: CommitmentTemplateDoc | undefined = ctx.preloaded.latest[0]
    const retry = latest?.requestId === ctx.requestId
    const version = retry ? latest!.version : (latest?.version ?? 0) + 1
    const template: CommitmentTemplateDoc = {
      _id: `${villageId}:v${version}`, villageId, version, title: input.title,
      villageItems: input.villageItems.map((it, i) => ({ id: `v${i + 1}`, text: it.text })),
      householdItems: input.householdItems.map((it, i) => ({ id: `h${i + 1}`, text: it.text })),
      publishedAt: new Date(), publishedBy: ctx.caller.openid, requestId: ctx.requestId,
    }
    if (!retry) {
      try {
        await db.collection('commitment_templates').add({ data: template })
      } catch (e) {
        assert(!isDuplicateKey(e), 'VERSION_CONFLICT') // another cadre published this version first
        throw e
      }
    }
    const res = await db.collection('commitments')
      .where({ villageId, status: _.in(LIVE), templateVersion: _.lt(version) })
      .update({ data: { status: 'superseded', updatedAt: new Date() } })

    ctx.note({
      target: { collection: 'commitment_templates', id: template._id, villageId, householdId: null },
      summary: `发布承诺书模板第${version}版（村${template.villageItems.length}条、户${template.householdItems.length}条），各户需重新签署`,
    })
    ctx.notify({
      to: { villageId, role: 'resident' },
      template: 'commitment-ready',
      title: '新版承诺书待签署',
      body: `${account.villageName ?? '村里'}发布了第${version}版双向承诺书，请户主阅读后签署`,
      page: PAGES.commitment(),
    })
    return { templateId: template._id, version, superseded: updatedCount(res) }
  },
})
