export default definePageConfig({
  navigationBarTitleText: '记录谈话',
})
