export default definePageConfig({ navigationBarTitleText: '农户名单', enablePullDownRefresh: true })
