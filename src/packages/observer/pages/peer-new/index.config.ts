export default definePageConfig({
  navigationBarTitleText: '记录朋辈谈心',
})
