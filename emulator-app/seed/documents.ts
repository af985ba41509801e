// The demo villages' documents: every village has an adopted charter and rules (v1);
// 十字村 has v2 of its rules on public notice (residents see the diff and comment), and
// 百子村 has a v2 whose notice has ended, awaiting the assembly's vote.
import { businessDay, noticeEndsAt } from '@chengxin/shared/src/domain'
import type { AccountDoc, DocumentCommentDoc, VillageDocumentDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import type { SeedData } from './demo'

const DAY = 86400000

const charter = (v: VillageDoc) => `第一章 总则
第一条 为推进${v.name}“双诚信双承诺”工作，规范村（居）委会与农户之间的双向承诺、评议和奖惩，依据村民委员会组织法和镇有关规定，制定本章程。
第二条 双向承诺坚持自愿参与、公开透明、双向约束、诚信为本的原则。村里做出的承诺与农户做出的承诺同样接受评议。
第二章 组织机构
第三条 村成立评议小组、监督小组和理财小组，成员由村民会议或村民代表会议推选产生，每届三年。
第四条 评议小组每季度对双方履约情况进行评议；监督小组受理投诉、监督评议过程；理财小组管理违约金和奖励资金，账目每季度公开。
第三章 承诺与评议
第五条 村委会与每户签订双向承诺书，承诺书文本经村民代表会议讨论通过后使用。
第六条 评议结果分为诚信示范户、诚信户和需帮扶户。需帮扶户由村里安排帮扶人，不作处罚。
第七条 评议结果公示七天，农户对结果有异议的，可在公示期内向监督小组申诉。
第四章 附则
第八条 本章程经村民会议表决通过后施行，由村委会负责解释。`

const RULES_V1 = (v: VillageDoc) => `第一条 本${v.kind === 'community' ? '社区居民' : '村村民'}应遵守国家法律法规，依法履行义务，依法维护自身权益。
第二条 尊老爱幼，孝敬父母，赡养老人，邻里之间互谅互让、和睦相处。
第三条 爱护公共设施和道路、水利设施，不乱搭乱建，不占用公共场地堆放杂物。
第四条 保持房前屋后整洁，生活垃圾投放到指定地点，不焚烧秸秆。
第五条 红白喜事从简办理，不大操大办，不铺张浪费。
第六条 按时参加村里组织的免费健康检查；外出务工人员可按规定上传异地检查证明。
第七条 如实参加季度评议，对村委会履行承诺的情况如实评价。
第八条 违反本规约的，由村委会进行批评教育，情节较重的在评议中予以体现。
第九条 本规约经村民会议表决通过后施行。`

const RULES_V2 = (v: VillageDoc) => RULES_V1(v)
  .replace('第四条 保持房前屋后整洁，生活垃圾投放到指定地点，不焚烧秸秆。', '第四条 保持房前屋后整洁，生活垃圾分类后投放到指定地点，不焚烧秸秆，不向河塘倾倒垃圾。')
  .replace('第五条 红白喜事从简办理，不大操大办，不铺张浪费。', '第五条 红白喜事从简办理，婚事宴席不超过十五桌，丧事不超过三天，不燃放大型烟花。')
  .replace('第七条 如实参加季度评议，对村委会履行承诺的情况如实评价。\n', '第七条 如实参加季度评议，对村委会履行承诺的情况如实评价。\n第八条 村里每季度公开违约金和奖励资金收支，接受村民查阅。\n')
  .replace('第八条 违反本规约的', '第九条 违反本规约的')
  .replace('第九条 本规约经', '第十条 本规约经')

function version(v: VillageDoc, kind: VillageDocumentDoc['kind'], n: number, title: string, body: string, noticeStart: Date, days = 7): VillageDocumentDoc {
  return {
    _id: `${v._id}:${kind}:v${n}`, villageId: v._id, villageName: v.name, kind, version: n, title, body,
    status: 'notice',
    notice: { days, startsAt: noticeStart, endsAt: noticeEndsAt(noticeStart, days), requestId: `seed-${v._id}-${kind}-v${n}-notice` },
    vote: null, adoptedAt: null, supersededAt: null, createdAt: new Date(noticeStart.getTime() - 3 * DAY), updatedAt: noticeStart,
  }
}

function adopted(doc: VillageDocumentDoc, votes: { for: number; against: number; abstain: number }): VillageDocumentDoc {
  const meeting = new Date(doc.notice!.endsAt.getTime() + 2 * DAY)
  return {
    ...doc, status: 'adopted', adoptedAt: meeting, updatedAt: meeting,
    vote: { meetingDate: businessDay(meeting), ...votes, outcome: 'adopted', requestId: `seed-${doc._id}-vote` },
  }
}

/** Two collections for the demo seed: `village_documents` and `document_comments`. */
export function demoDocuments(villages: VillageDoc[], accounts: AccountDoc[], now: Date): SeedData {
  const docs: VillageDocumentDoc[] = []
  villages.forEach((v, i) => {
    const rulesKind = v.kind === 'community' ? 'residents-rules' : 'village-rules'
    const rulesTitle = `${v.name}${v.kind === 'community' ? '居民公约' : '村规民约'}`
    const v1Notice = new Date(now.getTime() - (200 + i) * DAY)
    docs.push(adopted(version(v, 'charter', 1, `${v.name}双诚信双承诺章程`, charter(v), v1Notice), { for: 46 + i, against: 2, abstain: 3 }))
    docs.push(adopted(version(v, rulesKind, 1, rulesTitle, RULES_V1(v), v1Notice), { for: 44 + i, against: 4, abstain: 3 }))
  })
  const [shizi, baizi] = villages
  docs.push(version(shizi, 'village-rules', 2, `${shizi.name}村规民约（修订稿）`, RULES_V2(shizi), new Date(now.getTime() - 2 * DAY)))
  docs.push(version(baizi, 'village-rules', 2, `${baizi.name}村规民约（修订稿）`, RULES_V2(baizi), new Date(now.getTime() - 10 * DAY)))

  const panel = accounts.find((a) => a._id === 'o-panel-member')
  const comments: DocumentCommentDoc[] = panel ? [{
    _id: 'seed-comment-shizi-rules-v2-1', documentId: `${shizi._id}:village-rules:v2`, villageId: shizi._id,
    openid: panel._id, name: panel.name ?? '村民', text: '宴席桌数的限制建议写清楚是否包括娘家的回门宴。', at: new Date(now.getTime() - DAY),
  }] : []
  return {
    village_documents: docs as unknown as SeedData[string],
    document_comments: comments as unknown as SeedData[string],
  }
}
