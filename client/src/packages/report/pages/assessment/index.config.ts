export default definePageConfig({ navigationBarTitleText: '六好考评', enablePullDownRefresh: true })
