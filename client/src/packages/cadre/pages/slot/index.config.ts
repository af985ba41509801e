export default definePageConfig({ navigationBarTitleText: '检查签到', enablePullDownRefresh: true })
