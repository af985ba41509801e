export default definePageConfig({ navigationBarTitleText: '评议监督', enablePullDownRefresh: true })
