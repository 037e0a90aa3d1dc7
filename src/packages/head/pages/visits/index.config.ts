export default definePageConfig({
  navigationBarTitleText: '深入宿舍',
})
