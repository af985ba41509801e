export default definePageConfig({ navigationBarTitleText: '预约检查', enablePullDownRefresh: true })
