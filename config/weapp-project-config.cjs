/**
 * Taro 插件：修正 dist/weapp/project.config.json 里相对仓库根目录写的路径。
 * Taro 把根目录的 project.config.json 复制到产物目录（appid 取 TARO_APP_ID，miniprogramRoot 改为 ./），
 * 但 cloudfunctionRoot 仍是相对仓库根目录的 dist/functions/；直接打开 dist/weapp 时开发者工具会找错云函数目录。
 * 这里按产物目录重新计算 cloudfunctionRoot，并去掉只对根目录有意义的 srcMiniprogramRoot。
 */
const fs = require('fs')
const path = require('path')

module.exports = (ctx) => {
  ctx.onBuildFinish(() => {
    const { appPath, outputPath } = ctx.paths
    const file = path.join(outputPath, 'project.config.json')
    if (!fs.existsSync(file)) return
    const root = JSON.parse(fs.readFileSync(path.join(appPath, 'project.config.json'), 'utf8'))
    const out = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (root.cloudfunctionRoot) {
      const rel = path.relative(outputPath, path.join(appPath, root.cloudfunctionRoot)).split(path.sep).join('/')
      out.cloudfunctionRoot = `${rel}/`
    }
    delete out.srcMiniprogramRoot
    fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`)
  })
}
