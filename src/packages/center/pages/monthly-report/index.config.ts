export default definePageConfig({
  navigationBarTitleText: '辅导站月报',
})
