export default definePageConfig({ navigationBarTitleText: '演示身份' })
