export default definePageConfig({
  navigationBarTitleText: '辅导员工作台',
})
