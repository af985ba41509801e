export default definePageConfig({ navigationBarTitleText: '村务文件', enablePullDownRefresh: true })
