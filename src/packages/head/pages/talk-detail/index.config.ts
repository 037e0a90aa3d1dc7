export default definePageConfig({
  navigationBarTitleText: '谈话详情',
})
