/**
 * 分层规则（npm run lint:layers，npm test 在 lint 之后运行）。
 *
 * 客户端：pages/packages（页面）→ features（功能）→ components / hooks / services（通用层）→ types / domain。
 * 功能之间不互相引用；多个功能都要用的东西放进按用途命名的共享模块（src/shared/<用途>）。
 * 服务端：每个云函数（含 jobs）只引用 _lib、types、domain 与自身目录，云函数之间不互相引用；共用的放进 cloudfunctions/_lib/<用途>。
 * 规则说明见 docs/architecture.md「分层规则」。
 */

/**
 * 待搬走的跨功能引用（只许减少）：台账表单借用 counseling 的日期、学生选择控件与 today()，普测页借用 org 的选文件。
 * 应移入 src/shared/forms（连同 counseling.scss 里这些控件的样式）。
 */
const CROSS_FEATURE_PENDING = [
  { from: '^src/features/ledger/', to: '^src/features/counseling/(controls\\.tsx|format\\.ts)$' },
  { from: '^src/features/station/', to: '^src/features/org/files\\.ts$' },
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
      comment: '云函数（含定时任务 jobs）只引用 _lib、types、domain 与自身目录，不引用其他云函数、src 或模拟器；几个函数都要用的放进 _lib/<用途>',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: {
        path: '^(src|emulator|scripts|bench|test|cloudfunctions)/',
        pathNot: ['^cloudfunctions/_lib/', '^cloudfunctions/$1/'],
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
      from: { path: '^src/features/([^/]+)/', pathNot: CROSS_FEATURE_PENDING.map((x) => x.from) },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    ...CROSS_FEATURE_PENDING.map((x) => ({
      name: 'feature-not-to-other-feature',
      severity: 'error',
      comment: '同上；CROSS_FEATURE_PENDING 是待移入 src/shared 的例外',
      from: { path: x.from },
      to: { path: '^src/features/', pathNot: [x.from, x.to] },
    })),
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
