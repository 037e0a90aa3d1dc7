/**
 * 单独启动模拟器：
 *   tsx emulator/cli.ts [--port 8787] [--data-dir .data] [--functions-dir dist/functions]
 *                       [--static-dir dist-h5] [--local] [--cron] [--quiet] [--instances 2]
 * --instances：云函数实例（子进程）个数，默认 2；0 = 函数在模拟器进程内执行。
 * 启动后在标准输出打印一行 `EMULATOR_URL=http://127.0.0.1:PORT`。
 */
import { startEmulator } from './server'

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) continue
    const [k, inline] = a.slice(2).split('=', 2)
    if (inline !== undefined) out[k] = inline
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[k] = argv[++i]
    else out[k] = true
  }
  return out
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const str = (k: string) => (typeof args[k] === 'string' ? (args[k] as string) : undefined)
  const emu = await startEmulator({
    port: Number(str('port') ?? process.env.PORT ?? 8787),
    dataDir: str('data-dir'),
    functionsDir: str('functions-dir'),
    staticDir: str('static-dir'),
    local: args.local === true,
    cron: args.cron === true,
    quiet: args.quiet === true,
    instances: Number(str('instances') ?? 2),
  })
  console.log(`EMULATOR_URL=${emu.url}`)
  console.log(`TCB_CONTEXT_CNFG=${JSON.stringify({ URL: emu.dbUrl })}`)
  const stop = () => {
    emu.close().then(() => process.exit(0), () => process.exit(1))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
