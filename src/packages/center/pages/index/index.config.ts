export default definePageConfig({
  navigationBarTitleText: '中心工作台',
})
