/**
 * 分层规则（npm run lint:layers，npm test 在 lint 之后运行）。
 *
 * 客户端：pages/packages（页面）→ features（功能）→ components / hooks / services（通用层）→ types / domain。
 * 功能之间不互相引用；多个功能都要用的东西放进按用途命名的共享模块（src/shared/<用途>）。
 * 服务端：每个云函数只引用 _lib、types、domain，云函数之间不互相引用。
 * 规则说明见 docs/architecture.md「分层规则」。
 */

/**
 * 仅剩的例外：定时任务函数 jobs 直接运行其他函数里的任务主体。
 * 这些主体移入 cloudfunctions/_lib 后从这里删去（只许减少，不许增加）。
 */
const JOB_BODIES = [
  '^cloudfunctions/reports/jobs\\.ts$',
  '^cloudfunctions/observations/remind\\.ts$',
  '^cloudfunctions/observations/alerts-core\\.ts$',
  '^cloudfunctions/counseling/keycare-core\\.ts$',
]

/**
 * 待搬走的跨函数引用（只许减少）：ledger 的研判会直接调用 counseling 的重点关注变更，
 * reports 的月报读取 ledger 的签到名单，station 的普测名单借用 identity 的名册解析。应移入 cloudfunctions/_lib 或 domain/。
 */
const CROSS_FUNCTION_PENDING = [
  { from: '^cloudfunctions/ledger/', to: '^cloudfunctions/counseling/(keycare-core|keycare-change)\\.ts$' },
  { from: '^cloudfunctions/reports/', to: '^cloudfunctions/ledger/attendees\\.ts$' },
  { from: '^cloudfunctions/station/', to: '^cloudfunctions/identity/roster/parse\\.ts$' },
]

/** src 中页面所在目录（主包页面与各角色分包页面） */
const PAGES = '^src/(?:pages|packages)/'

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: '模块之间不形成运行时的循环引用（只由类型引用构成的环不影响运行，不计）',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'src-not-to-server',
      severity: 'error',
      comment: '小程序代码不引用云函数与本地模拟器（共用的契约放 types/，规则放 domain/）',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|emulator|scripts|bench|test)/' },
    },
    {
      name: 'shared-not-to-src',
      severity: 'error',
      comment: 'types/ 与 domain/ 两端共用，不引用 src、云函数或模拟器',
      from: { path: '^(types|domain)/' },
      to: { path: '^(src|cloudfunctions|emulator)/' },
    },
    {
      name: 'function-only-lib-types-domain',
      severity: 'error',
      comment: '云函数只引用 _lib、types、domain 与自身目录，不引用其他云函数、src 或模拟器',
      from: { path: '^cloudfunctions/([^/]+)/', pathNot: ['^cloudfunctions/jobs/', ...CROSS_FUNCTION_PENDING.map((x) => x.from)] },
      to: {
        path: '^(src|emulator|scripts|bench|test|cloudfunctions)/',
        pathNot: ['^cloudfunctions/_lib/', '^cloudfunctions/$1/'],
      },
    },
    ...CROSS_FUNCTION_PENDING.map((x) => ({
      name: 'function-only-lib-types-domain',
      severity: 'error',
      comment: '同上；CROSS_FUNCTION_PENDING 是待移入 _lib 的例外',
      from: { path: `${x.from}` },
      to: {
        path: '^(src|emulator|scripts|bench|test|cloudfunctions)/',
        pathNot: ['^cloudfunctions/_lib/', x.from, x.to],
      },
    })),
    {
      name: 'jobs-only-lib-types-domain',
      severity: 'error',
      comment: '定时任务同样只引用 _lib、types、domain；JOB_BODIES 是待移入 _lib 的例外',
      from: { path: '^cloudfunctions/jobs/' },
      to: {
        path: '^(src|emulator|scripts|bench|test|cloudfunctions)/',
        pathNot: ['^cloudfunctions/_lib/', '^cloudfunctions/jobs/', ...JOB_BODIES],
      },
    },
    {
      name: 'lib-not-to-functions',
      severity: 'error',
      comment: '_lib 是所有云函数的公共层，不引用任何具体云函数',
      from: { path: '^cloudfunctions/_lib/' },
      to: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/' },
    },
    {
      name: 'nothing-imports-pages',
      severity: 'error',
      comment: '页面是最上层：除 app 入口外，谁也不引用页面文件',
      from: { path: '^src/', pathNot: [PAGES, '^src/app\\.'] },
      to: { path: PAGES },
    },
    {
      name: 'pages-not-to-other-pages',
      severity: 'error',
      comment: '页面之间不互相引用（共用的内容放进功能）',
      from: { path: `${PAGES}(.+)/[^/]+$` },
      to: { path: PAGES, pathNot: `${PAGES}$1/` },
    },
    {
      name: 'common-not-to-features',
      severity: 'error',
      comment: 'components / hooks / services / shared / config 是通用层，不引用功能',
      from: { path: '^src/(components|hooks|services|shared|config)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'feature-not-to-other-feature',
      severity: 'error',
      comment: '功能之间不互相引用；多个功能共用的放进 src/shared/<用途>',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.temp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}
