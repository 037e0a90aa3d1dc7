// 测试中忽略样式导入
module.exports = {}
