/**
 * 小程序产物的两项把关（`npm run size` 调用，`npm test` 经由它运行）：
 * - 语法：每个产物 .js 按 ES2017 解析（acorn）。project.config.json 设 es6: false、enhance: false，
 *   微信上传时不再转译，iOS 13.4 以下解析不了 ?.、?? 等更新的语法。
 * - 微信自己的代码质量检查：miniprogram-ci 的 checkCodeQuality 与 analyseCode（离线可用）。
 */
import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import { parse } from 'acorn'
import * as ci from 'miniprogram-ci'

export interface SyntaxProblem {
  file: string
  message: string
}

function jsFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return jsFiles(full, base)
    return d.name.endsWith('.js') ? [path.relative(base, full).split(path.sep).join('/')] : []
  })
}

/** 解析不了 ES2017 的产物文件（空数组 = 全部通过）；同时返回检查过的文件数 */
export function checkEs2017(outDir: string): { checked: number; problems: SyntaxProblem[] } {
  const files = jsFiles(outDir)
  const problems: SyntaxProblem[] = []
  for (const file of files) {
    try {
      parse(fs.readFileSync(path.join(outDir, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' })
    } catch (e) {
      problems.push({ file, message: (e as Error).message })
    }
  }
  return { checked: files.length, problems }
}

export interface QualityItem {
  name: string
  success: boolean
  text: string
  detail?: unknown
}

export interface WechatReport {
  quality: QualityItem[]
  /** analyseCode 统计的每个包字节数：__APP__ 为主包，其余为分包根目录 */
  packages: Record<string, number>
  /** analyseCode 找不到的依赖（组件、页面、脚本引用了不存在的文件） */
  missing: string[]
}

interface AnalysedFile { size: number; subPackage: string | null }
interface AnalysedDep { from: string; request: string; moduleId: string | null; originModuleId: string }
interface AnalysedModule { deps?: AnalysedDep[] }

/** 在产物目录上运行微信的离线检查（appid 取产物的 project.config.json；离线检查不签名，私钥临时生成） */
export async function runWechatChecks(outDir: string): Promise<WechatReport> {
  const projectConfig = JSON.parse(fs.readFileSync(path.join(outDir, 'project.config.json'), 'utf8')) as { appid?: string }
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const project = new ci.Project({
    appid: projectConfig.appid ?? 'touristappid',
    type: 'miniProgram',
    projectPath: outDir,
    privateKey: String(privateKey.export({ type: 'pkcs1', format: 'pem' })),
    ignores: ['node_modules/**/*'],
  })
  const quality = (await ci.checkCodeQuality(project)) as QualityItem[]
  const analysis = (await ci.analyseCode(project, { silent: true })) as { files: AnalysedFile[]; modules: AnalysedModule[] } | undefined
  if (!analysis) throw new Error('miniprogram-ci analyseCode 没有返回结果')
  const packages: Record<string, number> = {}
  for (const f of analysis.files) {
    const key = f.subPackage ?? '__APP__'
    packages[key] = (packages[key] ?? 0) + f.size
  }
  // rule 依赖是"可能存在"的同名文件（如没有样式的组件缺 .wxss），不算错误
  const missing = analysis.modules
    .flatMap((m) => m.deps ?? [])
    .filter((d) => d.from !== 'rule' && d.moduleId === null)
    .map((d) => `${d.originModuleId} → ${d.request}`)
  return { quality, packages, missing }
}
