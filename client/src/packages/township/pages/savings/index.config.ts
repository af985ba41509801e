export default definePageConfig({ navigationBarTitleText: '节约测算', enablePullDownRefresh: true })
