export default definePageConfig({
  navigationBarTitleText: '历史周报',
})
