export default definePageConfig({ navigationBarTitleText: '村务办理' })
