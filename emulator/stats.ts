/** 请求计数：GET /emulator/stats，POST /emulator/stats/reset */
export class Stats {
  since = new Date()
  total = 0
  byAction: Record<string, number> = {}
  byFunction: Record<string, number> = {}

  action(name: string): void {
    this.total++
    this.byAction[name] = (this.byAction[name] ?? 0) + 1
  }

  fn(name: string): void {
    this.byFunction[name] = (this.byFunction[name] ?? 0) + 1
  }

  reset(): void {
    this.since = new Date()
    this.total = 0
    this.byAction = {}
    this.byFunction = {}
  }

  toJSON() {
    return { since: this.since.toISOString(), total: this.total, byAction: this.byAction, byFunction: this.byFunction }
  }
}
