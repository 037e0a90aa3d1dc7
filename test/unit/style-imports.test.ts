/**
 * 样式跟着用它的组件文件走：只做再导出的入口文件（index.ts）不引入样式。
 * package.json 的 sideEffects 让打包器在只用到其中某个导出时跳过这种入口文件，它引入的样式也就不会进包
 * （H5 与小程序的表单都曾因此没有样式）。
 */
import fs from 'fs'
import path from 'path'

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name)
    return d.isDirectory() ? files(p) : [p]
  })
}

test('src 中只做再导出的 index.ts 不引入样式（样式由组件文件引入）', () => {
  const src = path.resolve(__dirname, '../../src')
  const offenders = files(src)
    .filter((f) => path.basename(f) === 'index.ts' && !f.endsWith(path.join('src', 'app.ts')))
    .filter((f) => /^import\s+['"][^'"]+\.(s?css)['"]/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(src, f))
  expect(offenders).toEqual([])
})

test('每个引入样式的组件文件都真的存在该样式文件', () => {
  const src = path.resolve(__dirname, '../../src')
  const missing: string[] = []
  for (const f of files(src).filter((x) => /\.(tsx?|jsx?)$/.test(x))) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/^import\s+['"](\.[^'"]+\.s?css)['"]/gm)) {
      if (!fs.existsSync(path.resolve(path.dirname(f), m[1]))) missing.push(`${path.relative(src, f)} → ${m[1]}`)
    }
  }
  expect(missing).toEqual([])
})
