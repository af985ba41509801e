import type { CommitmentTemplateDoc } from '@chengxin/shared/src/server'
import { defineAction, preloadOf } from '@chengxin/shared/src/server'

export const TEMPLATE_PRELOAD = preloadOf({
  latest: { from: 'commitment_templates', ofCaller: { villageId: 'villageId' }, sort: { version: -1 } },
})

export function templateView(t: CommitmentTemplateDoc) {
  return {
    id: t._id, version: t.version, title: t.title, villageItems: t.villageItems, householdItems: t.householdItems,
    publishedAt: new Date(t.publishedAt).toISOString(),
  }
}

/** The village's current template, which a cadre edits into the next version. */
export const templateGet = defineAction<'commitment.template.get'>()({
  preload: () => TEMPLATE_PRELOAD,
  async run({ preloaded }) {
    const latest: CommitmentTemplateDoc | undefined = preloaded.latest[0]
    return { template: latest ? templateView(latest) : null }
  },
})
