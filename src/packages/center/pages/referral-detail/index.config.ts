export default definePageConfig({
  navigationBarTitleText: '转介个案详情',
})
