export default definePageConfig({ navigationBarTitleText: '谁查看了我家信息', enablePullDownRefresh: true })
