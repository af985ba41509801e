import { DOCUMENT_KIND_LABELS } from '@chengxin/shared/src/api/document/document'
import { businessQuarter, MIN_PUBLIC_CELL, publicComplaints, REVIEW_OUTCOME_LABELS, REVIEW_OUTCOMES } from '@chengxin/shared/src/domain'
import { accountOf, assert, defineAction, sdk } from '@chengxin/shared/src/server'
import { iso, isTownship } from './scope'

/** Where scanning the notice's code opens the mini-program; `scene` names the village and quarter. */
export const NOTICE_PAGE = 'packages/report/pages/notice/index'

const quarterLabel = (q: string) => `${q.slice(0, 4)}年第${'一二三四'[Number(q.slice(5)) - 1]}季度`

/**
 * The facts of a village's 公开栏 sheet for a quarter, from that quarter's counter and the
 * documents in force (one context round trip); cadres and township officers also get the
 * mini-program code (openapi and storage calls, no database round trip).
 */
export const noticeSheet = defineAction<'notice.sheet'>()({
  preload: (input) => {
    const quarter = input.quarter ?? businessQuarter(new Date())
    const byVillage = input.villageId
      ? <T extends object>(m: T) => ({ match: { villageId: input.villageId, ...m } })
      : <T extends object>(m: T) => ({ match: m, ofCaller: { villageId: 'villageId' as const } })
    return {
      village: input.villageId ? { from: 'villages' as const, match: { _id: input.villageId } } : { from: 'villages' as const, ofCaller: { _id: 'villageId' as const } },
      township: { from: 'townships' as const, ofCaller: { _id: 'townshipId' as const } },
      counter: { from: 'report_counters' as const, ...byVillage({ quarter }) },
      documents: { from: 'village_documents' as const, ...byVillage({ status: 'adopted' }), limit: 20 },
      published: { from: 'ledger_notices' as const, ...byVillage({ quarter }) },
    }
  },

  async run(ctx, input) {
    const a = accountOf(ctx.caller)
    const village = ctx.preloaded.village[0]
    const township = isTownship(a)
    if (township) {
      assert(input.villageId, 'INVALID_INPUT', { villageId: '请选择村' })
      assert(village, 'NOT_FOUND')
      assert(village.townshipId === a.townshipId, 'NOT_IN_VILLAGE')
    } else {
      assert(village && village._id === a.villageId && (!input.villageId || input.villageId === village._id), 'NOT_IN_VILLAGE')
    }
    const quarter = input.quarter ?? businessQuarter(new Date())
    const counter = ctx.preloaded.counter[0]
    assert(counter, 'NOT_FOUND')
    const f = counter.figures
    const reviewHidden = REVIEW_OUTCOMES.some((o) => f.review[o] > 0 && f.review[o] < MIN_PUBLIC_CELL)
    // The latest published round as of the quarter's count (the notice shows the outcomes in force).
    const review = f.review.quarter
      ? { quarter: f.review.quarter, hidden: reviewHidden, outcomes: REVIEW_OUTCOMES.map((o) => ({ outcome: o, label: REVIEW_OUTCOME_LABELS[o], count: f.review[o] > 0 && f.review[o] < MIN_PUBLIC_CELL ? null : f.review[o] })) }
      : null
    const documents = ctx.preloaded.documents
      .sort((x, y) => (x.kind === y.kind ? y.version - x.version : x.kind < y.kind ? -1 : 1))
      .filter((d, i, all) => i === 0 || all[i - 1].kind !== d.kind)
      .map((d) => ({ kind: d.kind, kindLabel: DOCUMENT_KIND_LABELS[d.kind], title: d.title, version: d.version, adoptedAt: iso(d.adoptedAt) }))
    const { incomeFen, expenseFen, entries, balanceFen } = f.ledger
    const canCode = township || a.roles.includes('cadre')
    return {
      villageId: village._id, villageName: village.name, townshipName: ctx.preloaded.township[0]?.name ?? a.townshipName ?? '',
      quarter, quarterLabel: quarterLabel(quarter), generatedAt: new Date().toISOString(),
      documents, signing: f.signing, review,
      ledger: { incomeFen, expenseFen, entries, balanceFen, published: ctx.preloaded.published.length > 0 },
      complaints: publicComplaints(f.complaints),
      code: canCode ? await noticeCode(village._id, quarter) : null,
    }
  },
})

/** The code that opens the live notice (made once per village and quarter, kept in storage). */
async function noticeCode(villageId: string, quarter: string) {
  const cloud = sdk()
  const scene = `n:${villageId}:${quarter}`.slice(0, 32)
  const image = (await cloud.openapi.wxacode.getUnlimited({ scene, page: NOTICE_PAGE })) as { buffer: Buffer }
  const { fileID } = await cloud.uploadFile({ cloudPath: `notices/${villageId}/${quarter}.png`, fileContent: image.buffer })
  const links = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string }> }
  return { fileId: fileID, url: links.fileList[0]?.tempFileURL ?? '', page: NOTICE_PAGE, scene }
}
