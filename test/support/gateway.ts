/** 函数网关调用：POST /api/functions/:name 是 H5 前端的传输通道（不是 SDK 接口），所以直接用 fetch */
export async function callGateway(baseUrl: string, name: string, event: unknown, openid?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/api/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
    body: JSON.stringify(event),
  })
  return { status: res.status, body: await res.json() }
}
