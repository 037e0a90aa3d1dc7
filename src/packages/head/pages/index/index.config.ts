export default definePageConfig({
  navigationBarTitleText: '辅导站工作台',
})
