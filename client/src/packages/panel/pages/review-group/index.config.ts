export default definePageConfig({ navigationBarTitleText: '逐组评议', enablePullDownRefresh: true })
