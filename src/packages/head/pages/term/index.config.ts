export default definePageConfig({
  navigationBarTitleText: '学期设置',
})
