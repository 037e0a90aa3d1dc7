export default definePageConfig({
  navigationBarTitleText: '班级工作台',
})
