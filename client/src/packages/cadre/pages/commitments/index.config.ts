export default definePageConfig({ navigationBarTitleText: '本村承诺书', enablePullDownRefresh: true })
