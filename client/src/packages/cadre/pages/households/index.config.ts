export default definePageConfig({ navigationBarTitleText: '户籍名册', enablePullDownRefresh: true })
