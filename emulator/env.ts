/**
 * 让未修改的云函数代码（@cloudbase/node-sdk，tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })）连到本地模拟器。
 * 必须在加载任何云函数之前调用。
 */
export function applyCloudEnv(dbUrl: string, local: boolean): void {
  const e = process.env
  e.TCB_CONTEXT_CNFG = JSON.stringify({ URL: dbUrl })
  e.TCB_ENV = 'local'
  e.SCF_NAMESPACE = 'local'
  // 没有密钥时 SDK 内部有一个未处理的 Promise 拒绝；本地签名无人校验，给占位值即可
  e.TENCENTCLOUD_SECRETID = e.TENCENTCLOUD_SECRETID || 'local-secret-id'
  e.TENCENTCLOUD_SECRETKEY = e.TENCENTCLOUD_SECRETKEY || 'local-secret-key'
  // 标记为云上运行环境：否则 SDK 每个请求都去探测外网元数据服务（metadata.tencentyun.com）
  e.TENCENTCLOUD_RUNENV = 'SCF'
  e.TENCENTCLOUD_REGION = e.TENCENTCLOUD_REGION || 'ap-shanghai'
  if (local) e.XINQIAO_LOCAL = '1'
}
