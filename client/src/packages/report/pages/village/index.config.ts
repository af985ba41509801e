export default definePageConfig({ navigationBarTitleText: '村工作看板', enablePullDownRefresh: true })
