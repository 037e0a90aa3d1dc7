export default definePageConfig({
  navigationBarTitleText: '未报提醒',
})
