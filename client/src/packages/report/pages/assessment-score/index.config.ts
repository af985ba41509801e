export default definePageConfig({ navigationBarTitleText: '六好评分' })
