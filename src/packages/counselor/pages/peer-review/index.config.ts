export default definePageConfig({
  navigationBarTitleText: '朋辈谈心',
})
