export default definePageConfig({ navigationBarTitleText: '理财账目', enablePullDownRefresh: true })
