export default definePageConfig({
  navigationBarTitleText: '班级心理周报',
})
