export default definePageConfig({ navigationBarTitleText: '全镇工作看板', enablePullDownRefresh: true })
