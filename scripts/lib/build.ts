import { spawnSync } from 'child_process'
import path from 'path'

const ROOT = path.resolve(__dirname, '..', '..')

/**
 * 以生产模式运行一个构建脚本（npm run <script>）。
 * 总是 NODE_ENV=production：在 jest 里 NODE_ENV=test，会让 Taro 以开发模式构建（还要求热更新插件）。
 * 失败时抛出，消息里只带输出的末尾（去掉颜色控制符与进度条行）。
 */
export function runProductionBuild(script: string): void {
  const res = spawnSync('npm', ['run', '--silent', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (res.status === 0) return
  const tail = `${res.stdout ?? ''}\n${res.stderr ?? ''}`
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '')
    .split('\n')
    .filter((l) => l.trim() && !/Webpack █|即将开始|loader ›|dependenc/.test(l))
    .slice(-40)
    .join('\n')
  throw new Error(`构建失败（npm run ${script}）：\n${tail}`)
}
