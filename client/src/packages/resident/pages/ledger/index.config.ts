export default definePageConfig({ navigationBarTitleText: '村账公开', enablePullDownRefresh: true })
