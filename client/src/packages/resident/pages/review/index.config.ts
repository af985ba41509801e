export default definePageConfig({ navigationBarTitleText: '季度评议', enablePullDownRefresh: true })
