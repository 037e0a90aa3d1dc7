export default definePageConfig({
  navigationBarTitleText: '人员登记',
})
