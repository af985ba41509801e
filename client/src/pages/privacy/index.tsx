import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { PRIVACY_VERSION } from '../../constants'

const SECTIONS: Array<{ h: string; p: string[] }> = [
  {
    h: '我们保存什么',
    p: [
      '身份：您的微信身份标识（openid）、姓名、在小程序里的岗位（村民、村专干、评议小组成员、镇工作人员）。身份证号只保存遮盖后的号码和无法还原的校验值。',
      '户籍：您所在的村、村民组和户，以及您是否为户主。',
      '承诺书签署：谁在什么时间签署了哪个版本的承诺书，以及承诺书文字的校验码。',
      '检查：只记录“检查已经做过”这件事——日期、地点、是否参加，或外地检查证明是否核实通过。我们从不保存任何检查结果、怀孕、避孕或生育情况。',
      '操作记录：每一次修改都会留下谁、在什么时间做了什么的记录，不能删除或修改。',
    ],
  },
  {
    h: '谁能看到',
    p: [
      '您本人：能看到本户的信息和承诺书，也能看到谁查看过本户的记录。',
      '本村村专干：只能看到本村的户和承诺书，看不到其他村。',
      '评议、监督、理财小组：只能看到办理评议、投诉和账目所需的内容；不能给自己家或申报的亲属打分。',
      '镇工作人员：能看到各村的汇总情况，用于考核和服务。',
      '匿名投诉：除投诉人本人外，任何人（包括村干部和镇里）都无法知道是谁投诉的。',
    ],
  },
  {
    h: '您的权利',
    p: [
      '依照《中华人民共和国个人信息保护法》，身份和健康相关信息属于敏感个人信息，我们会单独征求您的同意，只在办理双向承诺所必需的范围内使用。',
      '您可以查阅、更正本人信息，可以撤回同意；外地检查证明照片只按村规民约规定的期限保存，到期删除。',
      '公示评议结果时，只显示汇总数字和同意公开姓名的户。',
    ],
  },
]

export default function PrivacyPage() {
  return (
    <PageShell title='隐私保护指引' className='prose'>
      <View className='card'>
        <Text className='t-small muted block privacy-version'>版本 {PRIVACY_VERSION}</Text>
        <Text className='t-body block'>“诚信”小程序用于办理本镇的双诚信双承诺。我们只收集办事必需的信息，并把它保存在微信云开发的数据库里，任何人都只能看到自己岗位需要的内容。</Text>
      </View>
      {SECTIONS.map((s) => (
        <View key={s.h} className='card'>
          <Text className='t-subtitle block'>{s.h}</Text>
          {s.p.map((t) => <Text key={t} className='t-body block'>{t}</Text>)}
        </View>
      ))}
    </PageShell>
  )
}
