export default definePageConfig({ navigationBarTitleText: '待检和逾期', enablePullDownRefresh: true })
