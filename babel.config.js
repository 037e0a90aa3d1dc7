// babel-preset-taro：构建与 NODE_ENV=test 时共用（测试时自动切换为 node 目标）
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
