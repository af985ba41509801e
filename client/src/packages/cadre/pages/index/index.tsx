import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import '../../components/cadre.css'

const BASE = '/packages/cadre/pages'
export const TILES = [
  { key: 'households', title: '户籍名册', hint: '查户、新增、编辑、发邀请码', url: `${BASE}/households/index` },
  { key: 'commitments', title: '承诺书会签', hint: '户主签后由村委会会签', url: `${BASE}/commitments/index` },
  { key: 'stats', title: '签约情况', hint: '各村民组应签、已签、签约率', url: `${BASE}/stats/index` },
  { key: 'template', title: '承诺书模板', hint: '查看条款，修订后发布新版', url: `${BASE}/template/index` },
  { key: 'enrolments', title: '诚信管理申请', hint: '审核、批准或驳回', url: `${BASE}/enrolments/index` },
  { key: 'documents', title: '村务文件', hint: '起草、公示、登记表决', url: `${BASE}/documents/index` },
  { key: 'panel', title: '评议监督理财小组', hint: '安排小组成员', url: `${BASE}/panel/index` },
  { key: 'slots', title: '检查时段', hint: '开放、关闭时段，当天签到', url: `${BASE}/slots/index` },
  { key: 'due', title: '待检和逾期', hint: '按村民组查看，导出 Excel', url: `${BASE}/due/index` },
  { key: 'proofs', title: '异地检查证明', hint: '核对照片，通过或驳回', url: `${BASE}/proofs/index` },
  { key: 'review', title: '季度评议', hint: '开启评议、结束计算、公示结果', url: `${BASE}/review/index` },
  { key: 'dashboard', title: '工作看板', hint: '各项数字，按村民组看名单，导出 Excel', url: '/packages/report/pages/village/index' },
  { key: 'trend', title: '近8季度趋势', hint: '各项数字按季度的变化', url: '/packages/report/pages/trend/index' },
  { key: 'assessment', title: '六好考评结果', hint: '镇里每季度的评分和评语', url: '/packages/report/pages/assessment/index' },
  { key: 'notice', title: '公开栏张贴页', hint: '生成 A4 图片，打印张贴', url: '/packages/report/pages/notice/index' },
] as const

/** The cadre's workbench: one tile per area of work. */
export default function CadreHomePage() {
  return (
    <PageShell title='村务办理'>
      <SessionGate role='cadre'>
        {(me) => (
          <View>
            <Text className='t-body muted block cadre-village'>{me.village?.name ?? ''} · {me.name ?? ''}</Text>
            <View className='tiles'>
              {TILES.map((t) => (
                <View key={t.key} className={`tile tile-${t.key}`} onClick={() => Taro.navigateTo({ url: t.url })}>
                  <Text className='t-subtitle block'>{t.title}</Text>
                  <Text className='t-small muted block'>{t.hint}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </SessionGate>
    </PageShell>
  )
}
