// The two-way commitment text the demo villages start from (version 1). The household's
// side never concerns births or contraception: only what the programme may ask.
export const TEMPLATE_TITLE = '2026年度双诚信双承诺书'

export const VILLAGE_ITEMS = [
  '村务、财务每季度公开，接受村民监督',
  '按标准及时兑现奖励优惠待遇，不克扣、不拖延',
  '免费提供家庭健康检查服务，并提前通知时间和地点',
  '为外出务工人员上传异地检查证明提供帮助，及时审核',
  '认真办理村民投诉，按期答复',
  '保护村民个人信息，不泄露隐私',
].map((text, i) => ({ id: `v${i + 1}`, text }))

export const HOUSEHOLD_ITEMS = [
  '如实登记家庭信息，变更时及时告知村里',
  '按村规民约参加免费健康检查，外出务工的按时上传异地检查证明',
  '遵守村规民约，邻里和睦，移风易俗',
  '爱护公共设施，积极参与村里公益事务',
  '参加季度评议，对村里履行承诺的情况如实评价',
].map((text, i) => ({ id: `h${i + 1}`, text }))
