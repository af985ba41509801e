export default definePageConfig({ navigationBarTitleText: '申请诚信管理' })
