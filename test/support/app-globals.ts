/** jsdom 里运行 Taro H5 组件所需的构建期常量（Taro 构建时由 DefinePlugin 注入） */
const g = globalThis as Record<string, unknown>
g.ENABLE_INNER_HTML = true
g.ENABLE_ADJACENT_HTML = true
g.ENABLE_SIZE_APIS = true
g.ENABLE_TEMPLATE_CONTENT = true
g.ENABLE_CLONE_NODE = true
g.ENABLE_CONTAINS = true
g.ENABLE_MUTATION_OBSERVER = true
g.DEPRECATED_ADAPTER_COMPONENT = false
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
