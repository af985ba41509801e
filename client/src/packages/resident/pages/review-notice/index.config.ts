export default definePageConfig({ navigationBarTitleText: '评议结果公示', enablePullDownRefresh: true })
