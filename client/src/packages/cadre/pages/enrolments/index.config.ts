export default definePageConfig({ navigationBarTitleText: '诚信管理申请', enablePullDownRefresh: true })
