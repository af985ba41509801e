export default definePageConfig({ navigationBarTitleText: '检查点', enablePullDownRefresh: true })
