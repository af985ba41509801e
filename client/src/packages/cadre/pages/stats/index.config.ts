export default definePageConfig({ navigationBarTitleText: '签约情况', enablePullDownRefresh: true })
