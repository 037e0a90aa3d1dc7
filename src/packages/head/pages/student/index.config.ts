export default definePageConfig({
  navigationBarTitleText: '学生详情',
})
