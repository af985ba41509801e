export default definePageConfig({ navigationBarTitleText: '检查时段', enablePullDownRefresh: true })
