import type { ActionDef, CommitmentTemplateDoc } from '@chengxin/shared/src/server'

export const TEMPLATE_PRELOAD = {
  latest: { from: 'commitment_templates', ofCaller: { villageId: 'villageId' as const }, sort: { version: -1 as const } },
}

export function templateView(t: CommitmentTemplateDoc) {
  return {
    id: t._id, version: t.version, title: t.title, villageItems: t.villageItems, householdItems: t.householdItems,
    publishedAt: new Date(t.publishedAt).toISOString(),
  }
}

/** The village's current template, which a cadre edits into the next version. */
export const templateGet: ActionDef<'commitment.template.get'> = {
  preload: () => TEMPLATE_PRELOAD,
  async run({ preloaded }) {
    const latest = preloaded.latest[0] as CommitmentTemplateDoc | undefined
    return { template: latest ? templateView(latest) : null }
  },
}
