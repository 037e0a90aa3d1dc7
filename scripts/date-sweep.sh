#!/usr/bin/env bash
# 日期扫描：在 libfaketime 伪造的几个时刻（TZ=UTC）各跑一遍云函数测试与 E2E，证明套件不依赖今天的日期。
# 需要 Debian 的 faketime 包（.ci/run 负责安装）与已构建的 dist/（npm test 之后运行）。
#
#   scripts/date-sweep.sh                 # 全部时刻
#   SWEEP_ONLY=leap scripts/date-sweep.sh # 只跑一个时刻（按下面的标签）
#
# 任一时刻没有真的被伪造、任一部分失败或没有运行，都以非零退出。
set -euo pipefail
cd "$(dirname "$0")/.."

LIB=""
for candidate in /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 /usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1; do
  if [ -f "$candidate" ]; then LIB="$candidate"; break; fi
done
if [ -z "$LIB" ]; then
  echo "日期扫描：找不到 libfaketime（apt-get install -y faketime）" >&2
  exit 1
fi

# 标签|UTC 时刻|说明
INSTANTS=(
  "winter|2027-02-03 02:00:00|寒假中的一天（北京时间 2 月 3 日 10:00）"
  "last-week|2027-01-07 03:00:00|2026-2027 学年第一学期最后一个教学周（北京时间 1 月 7 日 11:00）"
  "sunday-2159|2026-12-13 13:59:00|周日截止前一分钟（北京时间 21:59）"
  "sunday-2201|2026-12-13 14:01:00|周日截止后一分钟（北京时间 22:01）"
  "leap|2028-02-29 04:00:00|闰日（北京时间 2028 年 2 月 29 日 12:00）"
)

# 每个时刻跑的部分（.ci/run 的 20 分钟预算内）：云函数测试（授权矩阵除外：它不涉及日期，且假期中每个动作
# 按每个角色调用已由 between-terms.test.ts 覆盖），以及与日期相关的 E2E 规格
# （本周周报与即时报告、辅导员本周与晚点名、上月月报、工作台的倒计时与升级、培训签到与本学期覆盖矩阵）。
# 其余 E2E（外壳、名册、选学生、普测）只在 npm test 里按真实日期跑一次。可用环境变量覆盖。
SWEEP_FUNCTIONS=${SWEEP_FUNCTIONS:-test/functions}
SWEEP_E2E=${SWEEP_E2E:-test/e2e/observations.e2e.ts test/e2e/counseling.e2e.ts test/e2e/reports.e2e.ts test/e2e/workbench.e2e.ts test/e2e/ledger.e2e.ts}

summary=test-results/e2e-summary.json
ran=0
for entry in "${INSTANTS[@]}"; do
  IFS='|' read -r label instant desc <<<"$entry"
  if [ -n "${SWEEP_ONLY:-}" ] && [ "$SWEEP_ONLY" != "$label" ]; then continue; fi
  echo "━━━ 日期扫描：$desc（FAKETIME=@$instant，TZ=UTC）━━━"
  run() { env TZ=UTC LD_PRELOAD="$LIB" FAKETIME="@$instant" FAKETIME_DONT_FAKE_MONOTONIC=1 "$@"; }

  # 先确认时钟真的被伪造：进程看到的日期必须是该时刻的日期
  seen=$(run node -e 'process.stdout.write(new Date().toISOString().slice(0, 10))')
  if [ "$seen" != "${instant%% *}" ]; then
    echo "日期扫描：时钟没有被伪造（期望 ${instant%% *}，实际 $seen）" >&2
    exit 1
  fi

  # shellcheck disable=SC2086
  run npx jest $SWEEP_FUNCTIONS --selectProjects=node --silent --testPathIgnorePatterns=authz-matrix
  rm -f "$summary"
  # shellcheck disable=SC2086
  run npx jest -c jest.e2e.config.js --runInBand $SWEEP_E2E
  node -e '
    const s = require(process.argv[1])
    if (!s.success || s.failed > 0 || s.passed < 1) { console.error("E2E 结果不合格：", JSON.stringify(s)); process.exit(1) }
    console.log(`E2E 通过 ${s.passed}/${s.tests} 个用例`)
  ' "$(pwd)/$summary"
  ran=$((ran + 1))
done

if [ "$ran" -eq 0 ]; then
  echo "日期扫描：没有运行任何时刻（SWEEP_ONLY=${SWEEP_ONLY:-}）" >&2
  exit 1
fi
echo "日期扫描：$ran 个时刻全部通过"
