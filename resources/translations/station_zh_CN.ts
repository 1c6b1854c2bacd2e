<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Starting the demo platform…</source>
        <translation>正在启动演示平台…</translation>
    </message>
    <message>
        <source>Station POS</source>
        <translation>社区服务站收银系统</translation>
    </message>
    <message>
        <source>Station POS is already running on this computer (data folder {path}).</source>
        <translation>本机已在运行社区服务站收银系统（数据目录 {path}）。</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Another terminal had already handed this parcel over.</source>
        <translation>另一台终端已将此包裹交给取件人。</translation>
    </message>
    <message>
        <source>Another terminal had already returned this parcel to the courier.</source>
        <translation>另一台终端已将此包裹退回快递员。</translation>
    </message>
    <message>
        <source>The waybill was checked in twice; the platform merged the two.</source>
        <translation>此运单号被重复入库，平台已合并为一件。</translation>
    </message>
    <message>
        <source>Another parcel in station has the same pickup code.</source>
        <translation>站内另有包裹使用相同的取件码。</translation>
    </message>
    <message>
        <source>The voucher account could not cover this offline redemption; the platform recoups the difference from later vouchers.</source>
        <translation>该消费券账户余额不足以支付这笔离线兑换，差额将由平台从后续发放的消费券中扣回。</translation>
    </message>
    <message>
        <source>The bill was already paid; the money is kept as a credit.</source>
        <translation>该账单已缴清，本次款项记为预存余额。</translation>
    </message>
    <message>
        <source>More was paid than the bill asked; the rest is kept as a credit.</source>
        <translation>缴费金额超过账单金额，多出部分记为预存余额。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was wrong when the operation was made.</source>
        <translation>操作时本机时钟不准确。</translation>
    </message>
    <message>
        <source>The counted cash differs from the expected cash.</source>
        <translation>实点现金与应有现金不符。</translation>
    </message>
    <message>
        <source>The voucher account was frozen by the platform.</source>
        <translation>该消费券账户已被平台冻结。</translation>
    </message>
    <message>
        <source>The platform does not know this kind of operation.</source>
        <translation>平台不认识此类操作。</translation>
    </message>
    <message>
        <source>Pickup code changed from {old} to {new}: relabel the parcel.</source>
        <translation>取件码已由 {old} 改为 {new}，请重新贴标签。</translation>
    </message>
    <message>
        <source>Parcel {waybill} (code {code})</source>
        <translation>包裹 {waybill}（取件码 {code}）</translation>
    </message>
    <message>
        <source>Payment {receipt} ({amount})</source>
        <translation>缴费 {receipt}（{amount}）</translation>
    </message>
    <message>
        <source>Voucher redemption {receipt} ({amount})</source>
        <translation>消费券兑换 {receipt}（{amount}）</translation>
    </message>
    <message>
        <source>{what} no. {seq}</source>
        <translation>{what} 第 {seq} 条</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <source>Payments the platform flagged</source>
        <translation>平台标记的缴费</translation>
    </message>
    <message>
        <source>The money was taken and stays with the household as a credit on the platform. Tell the resident, then mark it done.</source>
        <translation>款项已收，在平台上作为该户的余额保留。告知居民后，标记为已处理。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Flagged payments</source>
        <translation>被标记的缴费</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>平台答复时间</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>转为余额</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Resident told: mark done</source>
        <translation>已告知居民，标记已处理</translation>
    </message>
    <message>
        <source>Mark the chosen item done</source>
        <translation>将选中的事项标记为已处理</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有待处理的事项。</translation>
    </message>
    <message>
        <source>Void: {what}</source>
        <translation>撤销：{what}</translation>
    </message>
    <message>
        <source>{number} marked done.</source>
        <translation>{number} 已标记为已处理。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Station set up</source>
        <translation>站点初始化</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong PIN at login</source>
        <translation>登录 PIN 错误</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改 PIN</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>Staff deactivated</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>Supervisor approved</source>
        <translation>主管授权通过</translation>
    </message>
    <message>
        <source>Supervisor approval refused</source>
        <translation>主管授权失败</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Cash paid in</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Receipt reprinted</source>
        <translation>补打小票</translation>
    </message>
    <message>
        <source>Print job checked</source>
        <translation>确认打印结果</translation>
    </message>
    <message>
        <source>Parcel checked in</source>
        <translation>包裹入库</translation>
    </message>
    <message>
        <source>Parcel picked up</source>
        <translation>包裹出库</translation>
    </message>
    <message>
        <source>Pickup undone</source>
        <translation>撤销出库</translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation>取件提醒</translation>
    </message>
    <message>
        <source>Parcel returned to courier</source>
        <translation>退件给快递员</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Vouchers redeemed</source>
        <translation>消费券核销</translation>
    </message>
    <message>
        <source>Redemption settled</source>
        <translation>核销已确认</translation>
    </message>
    <message>
        <source>Vouchers refunded</source>
        <translation>消费券退回</translation>
    </message>
    <message>
        <source>Refund settled</source>
        <translation>退券已确认</translation>
    </message>
    <message>
        <source>Assisted account lookup</source>
        <translation>协助查询账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>差额原因</translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation>Z 号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Filter by staff</source>
        <translation>按员工筛选</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the filtered log as CSV</source>
        <translation>将筛选结果导出为 CSV</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Audit message</source>
        <translation>审计日志提示</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · {total} entries</source>
        <translation>第 {page}/{pages} 页 · 共 {total} 条</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved {count} entries to {path}</source>
        <translation>已导出 {count} 条记录到 {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Can spend now</source>
        <translation>当前可用</translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation>消费券余额</translation>
    </message>
    <message>
        <source>This account is frozen by the platform: it cannot be spent.</source>
        <translation>该账户已被平台冻结，不能使用。</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <source>Usable from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Voucher lots</source>
        <translation>消费券批次</translation>
    </message>
    <message>
        <source>Upcoming credits</source>
        <translation>即将发放</translation>
    </message>
    <message>
        <source>Redeemed at this station</source>
        <translation>本站核销记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Redemptions at this station</source>
        <translation>本站的核销记录</translation>
    </message>
    <message>
        <source>No resident yet</source>
        <translation>尚未识别居民</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code (in the community app) to see the balance, then scan or tap the items.</source>
        <translation>请扫描居民的会员码（在社区 App 中）查看余额，然后扫描或点选商品。</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Upcoming: {count} credits, {amount} in all; next {next} on {date}.</source>
        <translation>即将发放：共 {count} 笔，合计 {amount}；下一笔 {next}，{date}发放。</translation>
    </message>
    <message>
        <source>No upcoming credits.</source>
        <translation>暂无即将发放的消费券。</translation>
    </message>
    <message>
        <source>Expiring this month: {amount} on {date}</source>
        <translation>本月到期：{amount}（{date}到期）</translation>
    </message>
    <message>
        <source>Next expiry: {amount} on {date}</source>
        <translation>最近到期：{amount}（{date}到期）</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <source>Your vouchers</source>
        <translation>我的消费券</translation>
    </message>
    <message>
        <source>You can spend now</source>
        <translation>当前可用</translation>
    </message>
    <message>
        <source>Account holder: {name}</source>
        <translation>持券人：{name}</translation>
    </message>
    <message>
        <source>You can spend now: {amount}</source>
        <translation>当前可用：{amount}</translation>
    </message>
    <message>
        <source>Your voucher account is paused. Please ask at the counter.</source>
        <translation>您的消费券账户已暂停使用，请到柜台咨询。</translation>
    </message>
    <message>
        <source>Expiring this month: {amount} on {date}</source>
        <translation>本月到期：{amount}（{date}到期）</translation>
    </message>
    <message>
        <source>Next expiry: {amount} on {date}</source>
        <translation>最近到期：{amount}（{date}到期）</translation>
    </message>
    <message>
        <source>Vouchers you can use</source>
        <translation>可用的消费券</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>{amount} · no expiry date</source>
        <translation>{amount} · 长期有效</translation>
    </message>
    <message>
        <source>{amount} · use by {date}</source>
        <translation>{amount} · 有效期至{date}</translation>
    </message>
    <message>
        <source>and {count} more: {amount}</source>
        <translation>另有 {count} 笔，共 {amount}</translation>
    </message>
    <message>
        <source>Coming credits: {amount}</source>
        <translation>即将发放：{amount}</translation>
    </message>
    <message>
        <source>{amount} from {date}</source>
        <translation>{amount} · {date}起可用</translation>
    </message>
</context>
<context>
    <name>BillCounter</name>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>BillPayScreen</name>
    <message>
        <source>Pay with vouchers</source>
        <translation>用消费券缴费</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>应缴金额</translation>
    </message>
    <message>
        <source>The platform confirms the payment when the station next connects.</source>
        <translation>服务站联网后，平台将确认这笔缴费。</translation>
    </message>
    <message>
        <source>{biller} · {period} · account {account}</source>
        <translation>{biller} · {period} · 户号 {account}</translation>
    </message>
    <message>
        <source>Your vouchers: {now} now, {after} after paying.</source>
        <translation>消费券余额：现有 {now}，缴费后剩 {after}。</translation>
    </message>
    <message>
        <source>Your vouchers: {now}.</source>
        <translation>消费券余额：{now}。</translation>
    </message>
    <message>
        <source>Your vouchers are not enough for this bill. Please pay at the counter.</source>
        <translation>消费券余额不足以缴纳这笔费用，请到柜台缴费。</translation>
    </message>
    <message>
        <source>Pay {amount} with vouchers</source>
        <translation>用消费券缴纳 {amount}</translation>
    </message>
    <message>
        <source>Paid {amount} for {biller} {period} with vouchers. Your receipt is printing below.</source>
        <translation>已用消费券缴纳{biller} {period}的费用 {amount}，缴费凭证正在下方打印。</translation>
    </message>
</context>
<context>
    <name>BillTable</name>
    <message>
        <source>Pay</source>
        <translation>缴</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>缴费期限</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应缴</translation>
    </message>
</context>
<context>
    <name>BillWords</name>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>Building {building}, unit {unit}, room {room}</source>
        <translation>{building}栋{unit}单元{room}</translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>No payment {id} at this station.</source>
        <translation>本站没有缴费记录 {id}。</translation>
    </message>
    <message>
        <source>Payment {receipt} has no stored receipt to reprint.</source>
        <translation>缴费 {receipt} 没有可补打的凭证。</translation>
    </message>
    <message>
        <source>Type an address, account number or phone, or scan the bill.</source>
        <translation>请输入房号、户号或手机号，或扫描账单。</translation>
    </message>
    <message>
        <source>That is too long for an address, account or phone.</source>
        <translation>输入过长，不是房号、户号或手机号。</translation>
    </message>
    <message>
        <source>This member is not linked to a household: ask for the address or the bill.</source>
        <translation>该会员未关联住户：请询问房号或出示账单。</translation>
    </message>
    <message>
        <source>No household {id} at this station.</source>
        <translation>本站没有住户 {id}。</translation>
    </message>
    <message>
        <source>Bill {bill} is not known at this station.</source>
        <translation>本站没有账单 {bill}。</translation>
    </message>
    <message>
        <source>Vouchers cannot pay {biller} bills.</source>
        <translation>{biller}不能用消费券缴纳。</translation>
    </message>
    <message>
        <source>Vouchers can pay at most {limit} of these bills ({billers} only in cash).</source>
        <translation>这些账单最多可用消费券支付 {limit}（{billers}只能用现金）。</translation>
    </message>
    <message>
        <source>The cash tendered ({tendered}) is less than the {due} to pay in cash.</source>
        <translation>实收现金（{tendered}）少于应付现金 {due}。</translation>
    </message>
    <message>
        <source>The vouchers pay it all: no cash is due, so take no cash.</source>
        <translation>消费券已付清全部金额，无需收取现金。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money.</source>
        <translation>“{value}”不是有效金额。</translation>
    </message>
    <message>
        <source>Tick the bills to pay.</source>
        <translation>请勾选要缴的账单。</translation>
    </message>
    <message>
        <source>One payment takes at most {most} bills.</source>
        <translation>一次最多缴 {most} 张账单。</translation>
    </message>
    <message>
        <source>Pay the bills of one household at a time.</source>
        <translation>每次只能缴一户的账单。</translation>
    </message>
    <message>
        <source>{biller} {period} is already paid.</source>
        <translation>{biller} {period} 已缴清。</translation>
    </message>
    <message>
        <source>{biller} bills can only be paid while the station is online. Connect to the platform, or ask the resident to come back.</source>
        <translation>{biller}只能在联网时缴纳。请连接平台，或请居民稍后再来。</translation>
    </message>
    <message>
        <source>{biller} {period}: only {due} is due, not {amount}.</source>
        <translation>{biller} {period}：应缴只有 {due}，不是 {amount}。</translation>
    </message>
    <message>
        <source>{biller} bills must be paid in full ({due} for {period}).</source>
        <translation>{biller}必须全额缴纳（{period} 应缴 {due}）。</translation>
    </message>
    <message>
        <source>The kiosk takes vouchers only, no cash.</source>
        <translation>自助终端只收消费券，不收现金。</translation>
    </message>
    <message>
        <source>Bill {bill} is not among the bills to pay.</source>
        <translation>账单 {bill} 不在本次要缴的账单中。</translation>
    </message>
    <message>
        <source>Scan the member QR or choose the voucher account first.</source>
        <translation>请先扫描会员码或选择消费券账户。</translation>
    </message>
    <message>
        <source>The vouchers do not cover {amount}: pay the rest at the counter.</source>
        <translation>消费券还差 {amount}：请到柜台缴纳其余部分。</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>请说明撤销原因。</translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Payment {receipt} is already voided.</source>
        <translation>缴费 {receipt} 已撤销。</translation>
    </message>
    <message>
        <source>Payment {receipt} belongs to an earlier shift, which has been counted: it cannot be voided. Ask the platform for a refund.</source>
        <translation>缴费 {receipt} 属于已交班的班次，不能撤销。请向平台申请退款。</translation>
    </message>
    <message>
        <source>The bill was already paid (online or at another counter). The platform keeps this money as a credit for the household: tell the resident.</source>
        <translation>该账单已缴清（线上或其他柜台）。平台将这笔钱作为该户余额保留：请告知居民。</translation>
    </message>
    <message>
        <source>More was paid than the bill still asked; the rest is kept as a credit.</source>
        <translation>缴费超过账单余额，多出部分转为该户余额。</translation>
    </message>
    <message>
        <source>The platform does not know this bill; the money is kept as a credit.</source>
        <translation>平台没有这张账单，款项转为该户余额。</translation>
    </message>
    <message>
        <source>The biller does not take part payments; the platform will follow it up.</source>
        <translation>该缴费单位不接受部分缴费，平台会跟进处理。</translation>
    </message>
    <message>
        <source>Cash and vouchers did not add up to the amount: check the receipt.</source>
        <translation>现金与消费券之和与金额不符：请核对凭证。</translation>
    </message>
    <message>
        <source>The platform had this payment already; it was not counted twice.</source>
        <translation>平台已有这笔缴费，未重复入账。</translation>
    </message>
    <message>
        <source>The platform refused the void: the payment is from another shift.</source>
        <translation>平台拒绝撤销：该缴费属于其他班次。</translation>
    </message>
    <message>
        <source>The payment was already voided.</source>
        <translation>该缴费已撤销。</translation>
    </message>
    <message>
        <source>The platform does not know the payment this void is for.</source>
        <translation>平台找不到要撤销的这笔缴费。</translation>
    </message>
    <message>
        <source>The platform found no supervisor&apos;s approval for this void.</source>
        <translation>平台未找到此次撤销的主管授权。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was wrong when the payment was taken.</source>
        <translation>收款时本机时钟不准确。</translation>
    </message>
    <message>
        <source>There is nothing to acknowledge here.</source>
        <translation>这里没有需要确认的事项。</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <source>Take payment</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>History</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Bills: {screen}</source>
        <translation>缴费：{screen}</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Your member code is not linked to a home. Please pay at the counter.</source>
        <translation>您的会员码未绑定住户，请到柜台缴费。</translation>
    </message>
    <message>
        <source>Bills for your home</source>
        <translation>我家的待缴费用</translation>
    </message>
    <message>
        <source>Your vouchers: {amount}</source>
        <translation>消费券余额：{amount}</translation>
    </message>
    <message>
        <source>There is nothing to pay at the moment. Thank you!</source>
        <translation>目前没有待缴费用，谢谢！</translation>
    </message>
    <message>
        <source>{biller} · {period}</source>
        <translation>{biller} · {period}</translation>
    </message>
    <message>
        <source>Pay by {date}</source>
        <translation>请于{date}前缴纳</translation>
    </message>
    <message>
        <source>Pay with vouchers</source>
        <translation>用消费券缴费</translation>
    </message>
    <message>
        <source>Pay {biller} {period} with vouchers</source>
        <translation>用消费券缴纳{biller} {period}</translation>
    </message>
    <message>
        <source>Please pay this bill at the counter.</source>
        <translation>这笔费用请到柜台缴纳。</translation>
    </message>
    <message>
        <source>{biller} {period}: {amount}</source>
        <translation>{biller} {period}：{amount}</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>Unknown carrier {code}. Choose one from the list.</source>
        <translation>未知快递公司 {code}，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>One less {value}</source>
        <translation>{value} 减一张</translation>
    </message>
    <message>
        <source>One more {value}</source>
        <translation>{value} 加一张</translation>
    </message>
    <message>
        <source>Number of {value}</source>
        <translation>{value} 数量</translation>
    </message>
    <message>
        <source>Amount in {value}</source>
        <translation>{value} 小计</translation>
    </message>
    <message>
        <source>Counted total</source>
        <translation>清点合计</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
</context>
<context>
    <name>CashMovementView</name>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>for example: change from the safe</source>
        <translation>例如：从保险柜取零钱</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Cash movement message</source>
        <translation>其他收支提示</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not a sale, such as change from the safe.</source>
        <translation>放入钱箱但不属于收款的现金，例如从保险柜取来的零钱。</translation>
    </message>
    <message>
        <source>Record paid in</source>
        <translation>登记其他收入</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not change, such as buying supplies.</source>
        <translation>从钱箱取出但不属于找零的现金，例如购买办公用品。</translation>
    </message>
    <message>
        <source>A supervisor approves it with a PIN.</source>
        <translation>需主管输入 PIN 授权。</translation>
    </message>
    <message>
        <source>for example: bought printer paper</source>
        <translation>例如：购买打印纸</translation>
    </message>
    <message>
        <source>Record paid out</source>
        <translation>登记其他支出</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Scan the waybill</source>
        <translation>扫描运单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Choose the carrier</source>
        <translation>选择快递公司</translation>
    </message>
    <message>
        <source>Phone number on the waybill</source>
        <translation>面单手机号</translation>
    </message>
    <message>
        <source>11 digits, 138****1234 or a virtual number</source>
        <translation>11 位手机号、138****1234 或虚拟号</translation>
    </message>
    <message>
        <source>Resident&apos;s last four digits</source>
        <translation>收件人手机尾号</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Recipient name (optional)</source>
        <translation>收件人姓名（选填）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>入库（回车）</translation>
    </message>
    <message>
        <source>Check the parcel in</source>
        <translation>包裹入库</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <source>Clear this entry</source>
        <translation>清空本条录入</translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Parcels checked in this batch</source>
        <translation>本批入库的包裹</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>自动推荐</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Carrier not recognised from the number: kept {carrier}. Check it.</source>
        <translation>无法从单号识别快递公司：沿用{carrier}，请核对。</translation>
    </message>
    <message>
        <source>Carrier not recognised from the number: choose it.</source>
        <translation>无法从单号识别快递公司，请选择。</translation>
    </message>
    <message>
        <source>{carrier} {waybill} is already in station with code {code}.</source>
        <translation>{carrier} {waybill} 已在站，取件码 {code}。</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>请选择快递公司。</translation>
    </message>
    <message>
        <source>Checked in: write this code on the parcel</source>
        <translation>已入库：请把取件码写在包裹上</translation>
    </message>
    <message>
        <source>{code} · {carrier} {waybill} checked in.</source>
        <translation>{code} · {carrier} {waybill} 已入库。</translation>
    </message>
    <message>
        <source>A virtual or landline number: enter the resident&apos;s last four.</source>
        <translation>虚拟号或座机号：请输入收件人手机尾号。</translation>
    </message>
    <message>
        <source>Household: {household}</source>
        <translation>住户：{household}</translation>
    </message>
    <message>
        <source>{count} households use this number: not matched.</source>
        <translation>{count} 户使用此号码，未匹配住户。</translation>
    </message>
    <message>
        <source>No registered household: kept by phone number.</source>
        <translation>未找到登记住户，按手机号保管。</translation>
    </message>
    <message>
        <source>Suggested pickup code</source>
        <translation>推荐取件码</translation>
    </message>
    <message>
        <source>This batch: {count} parcels</source>
        <translation>本批入库：{count} 件</translation>
    </message>
</context>
<context>
    <name>CloseShiftView</name>
    <message>
        <source>Expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Count result</source>
        <translation>点钞结果</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>差额原因</translation>
    </message>
    <message>
        <source>Close shift message</source>
        <translation>交班提示</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Close the shift with this count</source>
        <translation>按此点钞结果交班</translation>
    </message>
    <message>
        <source>Shift opened by {name}. Count every note and coin in the drawer.</source>
        <translation>本班次由 {name} 开班。请清点钱箱中的全部纸币和硬币。</translation>
    </message>
    <message>
        <source>Count every note and coin, row by row.</source>
        <translation>请逐行清点每种纸币和硬币。</translation>
    </message>
    <message>
        <source>Over by {amount}: say why below.</source>
        <translation>长款 {amount}，请在下方说明原因。</translation>
    </message>
    <message>
        <source>Short by {amount}: say why below.</source>
        <translation>短款 {amount}，请在下方说明原因。</translation>
    </message>
    <message>
        <source>The drawer matches the expected cash.</source>
        <translation>钱箱现金与应有金额一致。</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This section is not built yet. It will offer {what}</source>
        <translation>此功能尚未开放。开放后将提供：{what}</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>Address, account number, phone or bill barcode</source>
        <translation>房号、户号、手机号或账单条码</translation>
    </message>
    <message>
        <source>Scan the bill or member QR, or type 3-2-501, 户号 or phone</source>
        <translation>扫账单/会员码，或输入房号、户号、手机号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find the household&apos;s bills</source>
        <translation>查找该户账单</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>找到的住户</translation>
    </message>
    <message>
        <source>Open bills: tap to tick</source>
        <translation>待缴账单：点按勾选</translation>
    </message>
    <message>
        <source>Ticked bills and their total</source>
        <translation>已勾选的账单及合计</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick all bills</source>
        <translation>勾选全部账单</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear and start again</source>
        <translation>清除并重新开始</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Check the address or the number.</source>
        <translation>没有找到“{text}”。请核对房号或号码。</translation>
    </message>
    <message>
        <source>{count} households match: ask the resident&apos;s address, then choose.</source>
        <translation>有 {count} 户符合：请询问居民房号后选择。</translation>
    </message>
    <message>
        <source>{address} owes nothing now.</source>
        <translation>{address} 目前没有待缴账单。</translation>
    </message>
    <message>
        <source>{address}: {count} open bills, {amount} in all.</source>
        <translation>{address}：{count} 张待缴账单，共 {amount}。</translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>尚未选择住户</translation>
    </message>
    <message>
        <source>Find the household first: its open bills are listed here.</source>
        <translation>请先查找住户，待缴账单会列在这里。</translation>
    </message>
    <message>
        <source>{ticked} of {count} ticked: {amount}</source>
        <translation>已勾选 {ticked}/{count} 张：{amount}</translation>
    </message>
    <message>
        <source>Including arrears of {amount}.</source>
        <translation>含欠费 {amount}。</translation>
    </message>
    <message>
        <source>Find the household first.</source>
        <translation>请先查找住户。</translation>
    </message>
    <message>
        <source>This household has no voucher account.</source>
        <translation>该户没有消费券账户。</translation>
    </message>
    <message>
        <source>Tick the bills to pay.</source>
        <translation>请勾选要缴的账单。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Taking the payment…</source>
        <translation>正在收款…</translation>
    </message>
    <message>
        <source>Paid: receipt {number}, change {change}.</source>
        <translation>收款完成：单号 {number}，找零 {change}。</translation>
    </message>
    <message>
        <source>A copy (副本) is printing.</source>
        <translation>正在打印副本。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Station POS hit an unexpected error. What you were doing may not have been saved: check it before going on.

The details were saved to:
{path}

If this happens again, give this file to your technician.</source>
        <translation>收银系统遇到意外错误。刚才的操作可能未保存，请先核对再继续。

详细信息已保存到：
{path}

如果再次出现，请把此文件交给技术人员。</translation>
    </message>
    <message>
        <source>Station POS hit an unexpected error. What you were doing may not have been saved: check it before going on.

The details are in the log folder:
{path}</source>
        <translation>收银系统遇到意外错误。刚才的操作可能未保存，请先核对再继续。

详细信息在日志目录：
{path}</translation>
    </message>
    <message>
        <source>Station POS: unexpected error</source>
        <translation>收银系统：意外错误</translation>
    </message>
</context>
<context>
    <name>DeactivateConfirm</name>
    <message>
        <source>Deactivate staff</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in; their history stays.</source>
        <translation>停用{name}？停用后不能再登录，其历史记录保留。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>保留{name}</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>停用{name}</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Nothing was changed. The details are in the log.</source>
        <translation>出现错误，未做任何更改。详情已写入日志。</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Receipt number, address or phone</source>
        <translation>单号、房号或手机号</translation>
    </message>
    <message>
        <source>Receipt no., 3-2-501 or phone</source>
        <translation>单号、3-2-501 或手机号</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>Only payments of one day</source>
        <translation>只看某一天的缴费</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>查询缴费记录</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Choose a payment to see it.</source>
        <translation>选择一笔缴费查看详情。</translation>
    </message>
    <message>
        <source>Reason for the void</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Why void it?</source>
        <translation>撤销原因（必填）</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>撤销缴费</translation>
    </message>
    <message>
        <source>Void the chosen payment</source>
        <translation>撤销选中的缴费</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打凭证</translation>
    </message>
    <message>
        <source>Reprint the chosen receipt</source>
        <translation>补打选中的凭证</translation>
    </message>
    <message>
        <source>Voids are for mistakes of this shift; a supervisor approves them.</source>
        <translation>撤销仅用于本班次的差错，需主管授权。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费详情</translation>
    </message>
    <message>
        <source>{count} payments found.</source>
        <translation>找到 {count} 笔缴费。</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <source>Cash received {tendered}, change {change}</source>
        <translation>实收现金 {tendered}，找零 {change}</translation>
    </message>
    <message>
        <source>Taken by {name}, {state}</source>
        <translation>收款人 {name}，{state}</translation>
    </message>
    <message>
        <source>Platform: {reason}</source>
        <translation>平台：{reason}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>已撤销：{reason}</translation>
    </message>
    <message>
        <source>A copy (副本) of {number} is printing.</source>
        <translation>正在打印 {number} 的副本。</translation>
    </message>
    <message>
        <source>Choose the payment to void.</source>
        <translation>请选择要撤销的缴费。</translation>
    </message>
    <message>
        <source>Type why the payment is voided first.</source>
        <translation>请先填写撤销原因。</translation>
    </message>
    <message>
        <source>Voiding {number}…</source>
        <translation>正在撤销 {number}…</translation>
    </message>
    <message>
        <source>Payment {number}, {household}, {amount}. Reason: {reason}</source>
        <translation>缴费 {number}，{household}，{amount}。原因：{reason}</translation>
    </message>
    <message>
        <source>give back {amount} cash</source>
        <translation>退还现金 {amount}</translation>
    </message>
    <message>
        <source>{amount} back to the vouchers</source>
        <translation>{amount} 退回消费券</translation>
    </message>
    <message>
        <source>{number} voided: {what}. The void receipt is printing.</source>
        <translation>{number} 已撤销：{what}。正在打印撤销凭证。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation>锁定柜台</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>您要办理什么业务？</translation>
    </message>
    <message>
        <source>Touch a large button. Staff at the counter can help you.</source>
        <translation>请点击下面的大按钮。需要帮助请找柜台工作人员。</translation>
    </message>
    <message>
        <source>Collect a parcel</source>
        <translation>取快递</translation>
    </message>
    <message>
        <source>with the pickup code or member code</source>
        <translation>凭取件码或会员码</translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation>查消费券</translation>
    </message>
    <message>
        <source>balance and expiry dates</source>
        <translation>余额和到期日</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>with your vouchers</source>
        <translation>用消费券缴纳</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>outages and announcements</source>
        <translation>停水停电和社区通知</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>{address}  {name} {phone}  ·  {count} bills, {amount}</source>
        <translation>{address}  {name} {phone}  ·  {count} 张账单，{amount}</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>目前没有公告。</translation>
    </message>
    <message>
        <source>Notice {number} of {count}</source>
        <translation>第 {number} 条，共 {count} 条</translation>
    </message>
    <message>
        <source>Community notices</source>
        <translation>信息服务</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>点击这里开始</translation>
    </message>
    <message>
        <source>Start: collect parcels, check vouchers, pay bills</source>
        <translation>开始：取快递、查消费券、缴费</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在使用吗？</translation>
    </message>
    <message>
        <source>For your privacy this screen will clear in {seconds} seconds.</source>
        <translation>为保护您的隐私，屏幕将在 {seconds} 秒后清空。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <source>Continue, I am still here</source>
        <translation>继续使用，我还在</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear everything typed</source>
        <translation>清空已输入的内容</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>横线</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>数字 {digit}</translation>
    </message>
    <message>
        <source>Letter {letter}</source>
        <translation>字母 {letter}</translation>
    </message>
    <message>
        <source>Digits typed</source>
        <translation>已输入的数字</translation>
    </message>
    <message>
        <source>Number typed</source>
        <translation>已输入的号码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>KioskFormats</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer}</source>
        <translation>{shelf}号货架第{layer}层</translation>
    </message>
</context>
<context>
    <name>KioskMessage</name>
    <message>
        <source>No message</source>
        <translation>无提示</translation>
    </message>
</context>
<context>
    <name>KioskNotices</name>
    <message>
        <source>Outage</source>
        <translation>停水停电</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>社区公告</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>信息服务</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>KioskRefusals</name>
    <message>
        <source>Your member code has expired. Please refresh it in the app and show it again.</source>
        <translation>您的会员码已过期，请在 App 中刷新后重新出示。</translation>
    </message>
    <message>
        <source>This code cannot be used as a member code. Please open the member code in the community app and show it again.</source>
        <translation>无法识别为会员码。请在社区 App 中打开会员码，再出示一次。</translation>
    </message>
    <message>
        <source>Your member code cannot be checked right now. Please refresh it in the app, or ask at the counter.</source>
        <translation>暂时无法核验您的会员码，请在 App 中刷新，或到柜台咨询。</translation>
    </message>
    <message>
        <source>Member codes cannot be checked at this kiosk yet. Please ask at the counter.</source>
        <translation>本机暂时无法核验会员码，请到柜台咨询。</translation>
    </message>
    <message>
        <source>No parcel is waiting with the code {code}. Please check the code in your text message.</source>
        <translation>没有取件码为 {code} 的待取包裹，请核对短信中的取件码。</translation>
    </message>
    <message>
        <source>This parcel is no longer waiting here. Nothing was changed. Please ask at the counter.</source>
        <translation>这个包裹已不在待取状态，未做任何更改，请到柜台咨询。</translation>
    </message>
    <message>
        <source>A pickup code looks like 3-2-1045. Please check it and try again.</source>
        <translation>取件码的格式类似 3-2-1045，请核对后重试。</translation>
    </message>
    <message>
        <source>We could not find your voucher account here. Please ask at the counter.</source>
        <translation>本站没有找到您的消费券账户，请到柜台咨询。</translation>
    </message>
    <message>
        <source>Your voucher account is paused. Please ask at the counter.</source>
        <translation>您的消费券账户已暂停使用，请到柜台咨询。</translation>
    </message>
    <message>
        <source>Your vouchers are not enough for this payment. Nothing was paid.</source>
        <translation>消费券余额不足，本次未扣款。</translation>
    </message>
    <message>
        <source>This payment cannot be made at the kiosk right now. Please pay at the counter.</source>
        <translation>这笔费用暂时无法在自助终端缴纳，请到柜台缴费。</translation>
    </message>
    <message>
        <source>Bills cannot be paid at this kiosk right now. Please pay at the counter.</source>
        <translation>本机暂时不能缴费，请到柜台缴费。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Nothing was changed. Please ask at the counter.</source>
        <translation>抱歉，出了点问题，未做任何更改，请到柜台咨询。</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Scroll the list</source>
        <translation>滚动列表</translation>
    </message>
    <message>
        <source>Scroll the list sideways</source>
        <translation>左右滚动列表</translation>
    </message>
    <message>
        <source>To use a member code, first choose a service on the home screen.</source>
        <translation>使用会员码前，请先在首页选择要办理的业务。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Language: {current}. Touch for {next}.</source>
        <translation>语言：{current}。点击切换为 {next}。</translation>
    </message>
    <message>
        <source>Station POS self-service</source>
        <translation>社区服务站自助终端</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助服务</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限工作人员</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>PIN 错误次数过多，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. {name} is locked for {minutes} min.</source>
        <translation>PIN 错误次数过多，{name} 已被锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} tries left.</source>
        <translation>PIN 错误，还可以尝试 {left} 次。</translation>
    </message>
    <message>
        <source>Unknown or inactive staff member.</source>
        <translation>员工不存在或已停用。</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Choose your name, then enter your PIN</source>
        <translation>请选择您的姓名，然后输入 PIN</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>Station POS</source>
        <translation>社区服务站收银系统</translation>
    </message>
    <message>
        <source>{name} ({role}): {pin}</source>
        <translation>{name}（{role}）：{pin}</translation>
    </message>
    <message>
        <source>Demo mode. PINs:</source>
        <translation>演示模式，各员工 PIN：</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>First choose your name.</source>
        <translation>请先选择您的姓名。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Close Station POS before restoring a backup.</source>
        <translation>恢复备份前请先关闭收银系统。</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>找不到备份文件 {path}。</translation>
    </message>
    <message>
        <source>{path} is not a Station POS backup.</source>
        <translation>{path} 不是本系统的备份文件。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation>备份文件 {path} 已损坏。</translation>
    </message>
</context>
<context>
    <name>MemberQr</name>
    <message>
        <source>This is not a member QR code. Ask the resident to show it again.</source>
        <translation>这不是会员码，请居民重新出示。</translation>
    </message>
    <message>
        <source>The station is not paired with the platform yet, so member QR codes cannot be checked.</source>
        <translation>本站尚未与平台配对，无法核验会员码。</translation>
    </message>
    <message>
        <source>The platform key stored at this station is damaged; pair the station again.</source>
        <translation>本站保存的平台密钥已损坏，请重新配对。</translation>
    </message>
    <message>
        <source>This member QR code was not issued by the platform (its signature does not match). Do not accept it.</source>
        <translation>此会员码不是平台签发的（签名不符），请勿受理。</translation>
    </message>
    <message>
        <source>This member QR code is not valid yet. Check the station&apos;s clock, or ask the resident to refresh the code.</source>
        <translation>此会员码尚未生效。请检查本机时间，或请居民刷新会员码。</translation>
    </message>
    <message>
        <source>This member QR code expired {minutes} min ago. Ask the resident to refresh it in the app.</source>
        <translation>此会员码已过期 {minutes} 分钟，请居民在 App 中刷新。</translation>
    </message>
</context>
<context>
    <name>MemberScanScreen</name>
    <message>
        <source>Check your voucher balance</source>
        <translation>查询消费券余额</translation>
    </message>
    <message>
        <source>Pay a bill with vouchers</source>
        <translation>用消费券缴费</translation>
    </message>
    <message>
        <source>1. Open the community app on your phone.
2. Touch “Member code”.
3. Hold the phone screen under the scanner below.</source>
        <translation>1. 打开手机上的社区 App。
2. 点击“会员码”。
3. 把手机屏幕对准下方的扫码器。</translation>
    </message>
    <message>
        <source>The scanner is below the screen.</source>
        <translation>扫码器在屏幕下方。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}”不是有效金额。</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimals (fen is the smallest unit).</source>
        <translation>“{text}”超过两位小数（最小单位为分）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>金额过大（最多 {limit}）。</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>No notices at the moment.</source>
        <translation>目前没有公告。</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>停水停电</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>社区公告</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>信息服务</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>目前没有公告。</translation>
    </message>
</context>
<context>
    <name>OpenShiftView</name>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Count the notes and coins in the drawer, row by row.</source>
        <translation>请逐行清点钱箱中的纸币和硬币。</translation>
    </message>
    <message>
        <source>Float counted</source>
        <translation>已点备用金</translation>
    </message>
    <message>
        <source>Open shift message</source>
        <translation>开班提示</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
</context>
<context>
    <name>OverdueScreen</name>
    <message>
        <source>Overdue parcels: tap to tick</source>
        <translation>滞留件：点击勾选</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick all overdue parcels</source>
        <translation>勾选全部滞留件</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>再次通知</translation>
    </message>
    <message>
        <source>Remind the residents of the ticked parcels</source>
        <translation>通知已勾选包裹的收件人</translation>
    </message>
    <message>
        <source>Courier taking them back</source>
        <translation>取回包裹的快递员</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>快递员姓名</translation>
    </message>
    <message>
        <source>Return to courier</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Return the ticked parcels to the courier</source>
        <translation>把已勾选的包裹退给快递员</translation>
    </message>
    <message>
        <source>Days: full days in station. Tick parcels, then remind or return them.</source>
        <translation>天数：在站整天数。勾选包裹后可再次通知或退件。</translation>
    </message>
    <message>
        <source>{count} parcels in station longer than {days} days</source>
        <translation>{count} 件包裹在站超过 {days} 天</translation>
    </message>
    <message>
        <source>Tick the parcels first.</source>
        <translation>请先勾选包裹。</translation>
    </message>
    <message>
        <source>Reminder queued for {count} parcels; it goes out with the next sync.</source>
        <translation>已为 {count} 件包裹安排通知，下次同步时发出。</translation>
    </message>
    <message>
        <source>Enter the name of the courier taking them back.</source>
        <translation>请输入取回包裹的快递员姓名。</translation>
    </message>
    <message>
        <source>{count} parcels returned to {courier}.</source>
        <translation>{count} 件包裹已退给{courier}。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <source>{clerk} asks to {action}.</source>
        <translation>{clerk} 申请{action}。</translation>
    </message>
    <message>
        <source>Supervisor: choose your name, then enter your PIN</source>
        <translation>请主管选择姓名，然后输入 PIN</translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation>授权提示</translation>
    </message>
    <message>
        <source>Nobody on this terminal may approve this.</source>
        <translation>本终端没有可以授权此操作的人员。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the approval</source>
        <translation>取消授权</translation>
    </message>
    <message>
        <source>First choose the supervisor.</source>
        <translation>请先选择主管。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>ParcelListScreen</name>
    <message>
        <source>Your parcels: {count}</source>
        <translation>您的包裹：{count} 件</translation>
    </message>
    <message>
        <source>Take them from the shelf shown, then touch the green button.</source>
        <translation>请到所示货架取出包裹，然后点击绿色按钮。</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>我已取走</translation>
    </message>
    <message>
        <source>{carrier} · phone {phone}</source>
        <translation>{carrier} · 手机 {phone}</translation>
    </message>
    <message>
        <source>Parcel {code}</source>
        <translation>包裹 {code}</translation>
    </message>
    <message>
        <source>Thank you. Parcels marked as collected: {count}. Your slip is printing below.</source>
        <translation>谢谢！已为您登记取件 {count} 件，取件凭条正在下方打印。</translation>
    </message>
</context>
<context>
    <name>ParcelScreen</name>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>ParcelTable</name>
    <message>
        <source>In station</source>
        <translation>在站</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退件</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Pickup undone</source>
        <translation>撤销出库</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>已再次通知</translation>
    </message>
    <message>
        <source>Returned to courier</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>邻居代取</translation>
    </message>
    <message>
        <source>pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>phone tail</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>member QR</source>
        <translation>会员码</translation>
    </message>
    <message>
        <source>household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>kiosk, pickup code</source>
        <translation>自助终端·取件码</translation>
    </message>
    <message>
        <source>kiosk, member QR</source>
        <translation>自助终端·会员码</translation>
    </message>
    <message>
        <source>Building {building}, unit {unit}, room {room}</source>
        <translation>{building}号楼{unit}单元{room}室</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>选</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Picked up at</source>
        <translation>出库时间</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>{carrier} {waybill} is already in station with code {code}.</source>
        <translation>{carrier} {waybill} 已在站，取件码 {code}。</translation>
    </message>
    <message>
        <source>That household is not known at this station.</source>
        <translation>本站没有这个住户。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The last four must be four digits.</source>
        <translation>手机尾号必须是 4 位数字。</translation>
    </message>
    <message>
        <source>Enter the phone number on the waybill.</source>
        <translation>请输入面单上的手机号。</translation>
    </message>
    <message>
        <source>A virtual or landline number: also enter the resident&apos;s last four.</source>
        <translation>虚拟号或座机号：还需输入收件人手机尾号。</translation>
    </message>
    <message>
        <source>The last four {given} do not match the phone number ({shown}).</source>
        <translation>尾号 {given} 与手机号（{shown}）不符。</translation>
    </message>
    <message>
        <source>Not a phone number: use 11 digits, 138****1234 or a virtual number.</source>
        <translation>不是手机号：请输入 11 位手机号、138****1234 或虚拟号。</translation>
    </message>
    <message>
        <source>A neighbour collecting a parcel must give their name.</source>
        <translation>邻居代取须登记代取人姓名。</translation>
    </message>
    <message>
        <source>Choose at least one parcel.</source>
        <translation>请至少选择一个包裹。</translation>
    </message>
    <message>
        <source>No parcel in station has the code {code}.</source>
        <translation>在站包裹中没有取件码 {code}。</translation>
    </message>
    <message>
        <source>Undo is possible for {minutes} minutes; this pickup was {ago} minutes ago.</source>
        <translation>出库 {minutes} 分钟内可撤销；这次出库已过 {ago} 分钟。</translation>
    </message>
    <message>
        <source>That parcel is not known here.</source>
        <translation>本站没有这个包裹。</translation>
    </message>
    <message>
        <source>{carrier} {waybill} is no longer in station ({status}).</source>
        <translation>{carrier} {waybill} 已不在站（{status}）。</translation>
    </message>
    <message>
        <source>Only a supervisor can undo a pickup.</source>
        <translation>只有主管可以撤销出库。</translation>
    </message>
    <message>
        <source>Only a parcel that was picked up can be put back.</source>
        <translation>只有已出库的包裹才能撤回入库。</translation>
    </message>
    <message>
        <source>{waybill} was checked in again; it cannot be put back.</source>
        <translation>{waybill} 已重新入库，不能撤销出库。</translation>
    </message>
    <message>
        <source>Scan or type the waybill number.</source>
        <translation>请扫描或输入运单号。</translation>
    </message>
    <message>
        <source>That is too long for a waybill number (at most {max} characters).</source>
        <translation>运单号太长（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>The scan contains control characters. Scan the waybill again.</source>
        <translation>扫描内容含控制字符，请重新扫描运单。</translation>
    </message>
    <message>
        <source>Waybill numbers use capital letters only. Is Caps Lock on? Scan again.</source>
        <translation>运单号只用大写字母。是否开了大写锁定？请重新扫描。</translation>
    </message>
    <message>
        <source>A waybill number has only capital letters, digits and &apos;-&apos;.</source>
        <translation>运单号只能包含大写字母、数字和“-”。</translation>
    </message>
    <message>
        <source>That is not a waybill number (at least {length} characters, {digits} digits).</source>
        <translation>这不是运单号（至少 {length} 个字符、{digits} 位数字）。</translation>
    </message>
    <message>
        <source>A pickup code looks like 3-2-1045 (shelf, layer, number).</source>
        <translation>取件码格式如 3-2-1045（货架-层-序号）。</translation>
    </message>
    <message>
        <source>Enter the last four digits of the phone number.</source>
        <translation>请输入手机尾号后四位。</translation>
    </message>
    <message>
        <source>The text contains control characters: {text}</source>
        <translation>文字含控制字符：{text}</translation>
    </message>
    <message>
        <source>Keep it to {limit} characters.</source>
        <translation>最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Enter the name of the courier taking the parcel back.</source>
        <translation>请输入取回包裹的快递员姓名。</translation>
    </message>
    <message>
        <source>{waybill} is no longer in station.</source>
        <translation>{waybill} 已不在站。</translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation>在站包裹中没有运单号 {waybill}。</translation>
    </message>
    <message>
        <source>Several carriers have a parcel {waybill} here. Choose the carrier.</source>
        <translation>有多家快递的包裹运单号都是 {waybill}，请选择快递公司。</translation>
    </message>
    <message>
        <source>Choose the shelf to count.</source>
        <translation>请选择要盘点的货架。</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Check-in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>滞留</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Parcels: {screen}</source>
        <translation>包裹：{screen}</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Part payment amount</source>
        <translation>部分缴费金额</translation>
    </message>
    <message>
        <source>Full amount</source>
        <translation>全额</translation>
    </message>
    <message>
        <source>Pay part</source>
        <translation>本次缴纳</translation>
    </message>
    <message>
        <source>Use vouchers…</source>
        <translation>使用消费券…</translation>
    </message>
    <message>
        <source>Look up the household&apos;s voucher accounts</source>
        <translation>查询该户的消费券账户</translation>
    </message>
    <message>
        <source>Voucher account</source>
        <translation>消费券账户</translation>
    </message>
    <message>
        <source>Paid with vouchers</source>
        <translation>消费券支付金额</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Pay as much as possible with vouchers</source>
        <translation>尽量用消费券支付</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Cash {amount}</source>
        <translation>现金 {amount}</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>正好</translation>
    </message>
    <message>
        <source>Cash: the exact amount</source>
        <translation>现金：正好应付金额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>应找零</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Take the payment</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <source>Payment message</source>
        <translation>收款提示</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>消费券</translation>
    </message>
    <message>
        <source>Full amount {amount}</source>
        <translation>全额 {amount}</translation>
    </message>
    <message>
        <source>{name}: {amount} available</source>
        <translation>{name}：可用 {amount}</translation>
    </message>
    <message>
        <source>{name}: frozen</source>
        <translation>{name}：已冻结</translation>
    </message>
    <message>
        <source>Part of {full}; the rest stays open.</source>
        <translation>全额 {full} 的一部分，其余仍待缴。</translation>
    </message>
    <message>
        <source>Vouchers can pay up to {amount} of these bills.</source>
        <translation>这些账单最多可用消费券支付 {amount}。</translation>
    </message>
    <message>
        <source>Vouchers {vouchers} + cash {cash}</source>
        <translation>消费券 {vouchers} + 现金 {cash}</translation>
    </message>
    <message>
        <source>Still short</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Take {amount}</source>
        <translation>收款 {amount}</translation>
    </message>
</context>
<context>
    <name>PaymentTable</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>vouchers {amount}</source>
        <translation>消费券 {amount}</translation>
    </message>
    <message>
        <source>cash {amount}</source>
        <translation>现金 {amount}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>void a payment</source>
        <translation>作废缴费</translation>
    </message>
    <message>
        <source>refund vouchers</source>
        <translation>退回消费券</translation>
    </message>
    <message>
        <source>reprint a Z report</source>
        <translation>补打 Z 报表</translation>
    </message>
    <message>
        <source>pay cash out of the drawer</source>
        <translation>从钱箱支出现金</translation>
    </message>
    <message>
        <source>raise an offline limit</source>
        <translation>提高离线限额</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>管理员工</translation>
    </message>
    <message>
        <source>close another person&apos;s shift</source>
        <translation>为他人交班</translation>
    </message>
    <message>
        <source>undo a parcel pickup</source>
        <translation>撤销包裹出库</translation>
    </message>
    <message>
        <source>view shift history and the audit log</source>
        <translation>查看班次记录和审计日志</translation>
    </message>
    <message>
        <source>{name} may not approve this: {action}.</source>
        <translation>{name} 无权授权此操作：{action}。</translation>
    </message>
    <message>
        <source>Only an admin may {action}.</source>
        <translation>只有管理员可以{action}。</translation>
    </message>
    <message>
        <source>Only a supervisor may {action}. A supervisor can approve it with a PIN.</source>
        <translation>只有主管可以{action}。可由主管输入 PIN 授权。</translation>
    </message>
</context>
<context>
    <name>PickupCodeScreen</name>
    <message>
        <source>Enter your pickup code</source>
        <translation>请输入取件码</translation>
    </message>
    <message>
        <source>The code is in the text message about your parcel, for example 3-2-1045.</source>
        <translation>取件码在包裹到站短信里，例如 3-2-1045。</translation>
    </message>
    <message>
        <source>Or show the member code in the community app to the scanner.</source>
        <translation>也可以把社区 App 里的会员码对准扫码器。</translation>
    </message>
    <message>
        <source>Find my parcel</source>
        <translation>查找我的包裹</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Your member code is not linked to a home. Please use the pickup code from your text message.</source>
        <translation>您的会员码未绑定住户，请使用短信中的取件码。</translation>
    </message>
    <message>
        <source>There are no parcels waiting for your home right now.</source>
        <translation>您家目前没有待取的包裹。</translation>
    </message>
    <message>
        <source>That code was not found several times. Please check your text message, wait a minute, or ask at the counter.</source>
        <translation>多次未找到取件码。请核对短信，稍等一分钟再试，或到柜台咨询。</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Pickup code, phone tail or member QR</source>
        <translation>取件码、手机尾号或会员码</translation>
    </message>
    <message>
        <source>Scan a pickup code or member QR, or type the phone&apos;s last four</source>
        <translation>扫取件码或会员码，或输入手机尾号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation>查找包裹</translation>
    </message>
    <message>
        <source>Parcels found: tap to tick</source>
        <translation>找到的包裹：点击勾选</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick all parcels</source>
        <translation>勾选全部包裹</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>邻居代取</translation>
    </message>
    <message>
        <source>Collected by: {who}</source>
        <translation>取件人：{who}</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>取件人姓名</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>取件人姓名（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Print pickup slip</source>
        <translation>打印取件凭条</translation>
    </message>
    <message>
        <source>Print a pickup slip</source>
        <translation>打印取件凭条</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>确认出库</translation>
    </message>
    <message>
        <source>Hand over the ticked parcels</source>
        <translation>已勾选的包裹出库</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <source>Pickups of the last minutes</source>
        <translation>最近几分钟的出库</translation>
    </message>
    <message>
        <source>Undo pickup</source>
        <translation>撤销出库</translation>
    </message>
    <message>
        <source>Undo the chosen pickup</source>
        <translation>撤销选中的出库</translation>
    </message>
    <message>
        <source>Recent pickups</source>
        <translation>最近出库</translation>
    </message>
    <message>
        <source>Handed over by mistake? Choose it and undo within {minutes} minutes.</source>
        <translation>出库有误？{minutes} 分钟内可选中后撤销。</translation>
    </message>
    <message>
        <source>No parcel in station has the code {code}.</source>
        <translation>在站包裹中没有取件码 {code}。</translation>
    </message>
    <message>
        <source>{code} found and ticked.</source>
        <translation>已找到并勾选 {code}。</translation>
    </message>
    <message>
        <source>No parcel in station for tail {tail}.</source>
        <translation>没有尾号 {tail} 的在站包裹。</translation>
    </message>
    <message>
        <source>{count} parcels for tail {tail}: check the name, tick, hand over.</source>
        <translation>尾号 {tail} 有 {count} 件包裹：核对姓名，勾选后出库。</translation>
    </message>
    <message>
        <source>This member is not linked to a household: ask for the pickup code.</source>
        <translation>该会员未绑定住户，请询问取件码。</translation>
    </message>
    <message>
        <source>The member&apos;s household has no parcel in station.</source>
        <translation>该会员家中没有在站包裹。</translation>
    </message>
    <message>
        <source>Member verified: {count} parcels ticked.</source>
        <translation>会员已核验：已勾选 {count} 件包裹。</translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation>在站包裹中没有运单号 {waybill}。</translation>
    </message>
    <message>
        <source>Found by waybill {waybill}.</source>
        <translation>已按运单号 {waybill} 找到。</translation>
    </message>
    <message>
        <source>Tick the parcels to hand over.</source>
        <translation>请勾选要出库的包裹。</translation>
    </message>
    <message>
        <source>Handed over {count}: {codes}.</source>
        <translation>已出库 {count} 件：{codes}。</translation>
    </message>
    <message>
        <source>The slip is printing.</source>
        <translation>凭条正在打印。</translation>
    </message>
    <message>
        <source>Choose the pickup to undo.</source>
        <translation>请选择要撤销的出库。</translation>
    </message>
    <message>
        <source>Putting {code} back in station…</source>
        <translation>正在撤回 {code}…</translation>
    </message>
    <message>
        <source>Parcel {code} ({phone}), picked up at {time}.</source>
        <translation>包裹 {code}（{phone}），{time} 出库。</translation>
    </message>
    <message>
        <source>{code} is back in station.</source>
        <translation>{code} 已撤回在站。</translation>
    </message>
    <message>
        <source>{old} is back in station with the NEW code {code}: relabel it.</source>
        <translation>{old} 已撤回在站，新取件码 {code}：请重新标记。</translation>
    </message>
    <message>
        <source>Neighbour&apos;s name (required)</source>
        <translation>邻居姓名（必填）</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>已勾选 {ticked}/{total}</translation>
    </message>
    <message>
        <source>Hand over {count}</source>
        <translation>确认出库 {count} 件</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN entered</source>
        <translation>已输入的 PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>清除 PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>数字 {digit}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>请输入 PIN</translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting</source>
        <translation>
            <numerusform>%n 张小票待打印</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>There is no receipt {receipt_id}.</source>
        <translation>没有小票 {receipt_id}。</translation>
    </message>
    <message>
        <source>There is no print job {job_id}.</source>
        <translation>没有打印任务 {job_id}。</translation>
    </message>
    <message>
        <source>This print job is not waiting for a decision (it is {state}).</source>
        <translation>此打印任务无需确认（当前状态：{state}）。</translation>
    </message>
    <message>
        <source>Only a failed print job can be retried (it is {state}).</source>
        <translation>只有失败的打印任务可以重试（当前状态：{state}）。</translation>
    </message>
    <message>
        <source>The stored receipt cannot be read: {detail}</source>
        <translation>无法读取保存的小票：{detail}</translation>
    </message>
    <message>
        <source>The receipt could not be printed ({detail}). The details are in the log.</source>
        <translation>小票未能打印（{detail}），详情见日志。</translation>
    </message>
    <message>
        <source>The printer stopped while printing: check the paper, then reprint or mark as printed.</source>
        <translation>打印中途停止（可能已打印）：请检查纸张，然后补打或标记为已打印。</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer {printer} cannot be reached. Check that it is on and connected.</source>
        <translation>无法连接打印机 {printer}，请检查电源和连线。</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer in time.</source>
        <translation>打印机 {printer} 响应超时。</translation>
    </message>
    <message>
        <source>The printer setting “{printer}” cannot be used: {detail}</source>
        <translation>打印机设置“{printer}”无法使用：{detail}</translation>
    </message>
    <message>
        <source>Printing on {printer} failed: {detail}</source>
        <translation>在 {printer} 上打印失败：{detail}</translation>
    </message>
    <message>
        <source>No Chinese font was found for receipt images. Copy a .ttf or .ttc font (for example WenQuanYi Micro Hei) into {detail}, or use text mode.</source>
        <translation>找不到用于图片小票的中文字体。请把 .ttf 或 .ttc 字体（如文泉驿微米黑）复制到 {detail}，或改用文字模式。</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>tcp://host:9100, serial://COM3?baudrate=9600, win32://printer name, usb://0x0416:0x5011, file:///path or preview://</source>
        <translation>tcp://主机:9100、serial://COM3?baudrate=9600、win32://打印机名称、usb://0x0416:0x5011、file:///路径 或 preview://</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 毫米（每行 32 字符）</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 毫米（每行 48 字符）</translation>
    </message>
    <message>
        <source>80 mm (42 characters)</source>
        <translation>80 毫米（每行 42 字符）</translation>
    </message>
    <message>
        <source>Text (the printer&apos;s Chinese font)</source>
        <translation>文字（打印机自带中文字库）</translation>
    </message>
    <message>
        <source>Image (any printer, any script)</source>
        <translation>图片（适用所有打印机和文字）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Enter the printer address first.</source>
        <translation>请先输入打印机地址。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Test receipt sent. Printer: {status}</source>
        <translation>测试页已发送。打印机：{status}</translation>
    </message>
    <message>
        <source>Not printed. Printer: {status}</source>
        <translation>未打印。打印机：{status}</translation>
    </message>
    <message>
        <source>The test print failed. The details are in the log.</source>
        <translation>测试打印失败，详情见日志。</translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>Printer ready</source>
        <translation>打印机就绪</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation>纸仓盖打开</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>打印机脱机</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>打印机状态未知</translation>
    </message>
    <message>
        <source>No printer set up</source>
        <translation>未设置打印机</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>纸将用完</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt image</source>
        <translation>小票图片</translation>
    </message>
    <message>
        <source>No receipt printed yet.</source>
        <translation>尚未打印小票。</translation>
    </message>
    <message>
        <source>The receipt image cannot be opened.</source>
        <translation>无法打开小票图片。</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation>已打印的小票（演示打印机）</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>报表摘要</translation>
    </message>
    <message>
        <source>Report as printed</source>
        <translation>报表打印样式</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报表文本</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print this report</source>
        <translation>打印此报表</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>报表提示</translation>
    </message>
    <message>
        <source>Z report No. {number}</source>
        <translation>Z 报表 第 {number} 号</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>差额原因：{reason}</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <source>A snapshot of the open shift: nothing is closed or reset.</source>
        <translation>当前班次的即时报表：不交班，也不清零。</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Spent</source>
        <translation>本次消费</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Redemption state</source>
        <translation>核销状态</translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Start with the next resident</source>
        <translation>开始接待下一位居民</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Scan the waybill</source>
        <translation>扫描运单号</translation>
    </message>
    <message>
        <source>Which parcel</source>
        <translation>哪个包裹</translation>
    </message>
    <message>
        <source>Parcel to return</source>
        <translation>要退的包裹</translation>
    </message>
    <message>
        <source>Parcel details</source>
        <translation>包裹信息</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>快递员姓名</translation>
    </message>
    <message>
        <source>e.g. ZTO Master Wang</source>
        <translation>如：中通 王师傅</translation>
    </message>
    <message>
        <source>Return to courier (Enter)</source>
        <translation>确认退件（回车）</translation>
    </message>
    <message>
        <source>Return the parcel</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Returned just now</source>
        <translation>刚刚退件</translation>
    </message>
    <message>
        <source>Parcels returned just now</source>
        <translation>刚刚退回的包裹</translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation>在站包裹中没有运单号 {waybill}。</translation>
    </message>
    <message>
        <source>{code} · {waybill} returned to {courier}.</source>
        <translation>{code} · {waybill} 已退给{courier}。</translation>
    </message>
    <message>
        <source>{carrier} · {phone} · {days} days in station</source>
        <translation>{carrier} · {phone} · 在站 {days} 天</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Phone tail</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>后四位</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>e.g. 3-2-15</source>
        <translation>如 3-2-15</translation>
    </message>
    <message>
        <source>Checked in between</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Limit to check-in dates</source>
        <translation>按入库日期查询</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Search parcels</source>
        <translation>查询包裹</translation>
    </message>
    <message>
        <source>Parcels found</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>History</source>
        <translation>包裹记录</translation>
    </message>
    <message>
        <source>History of the chosen parcel</source>
        <translation>选中包裹的记录</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Tail</source>
        <translation>尾号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>{count} parcels found.</source>
        <translation>找到 {count} 件包裹。</translation>
    </message>
    <message>
        <source>No parcel matches.</source>
        <translation>没有符合条件的包裹。</translation>
    </message>
    <message>
        <source>History of {code} · {waybill}</source>
        <translation>{code} · {waybill} 的记录</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>by {method}</source>
        <translation>凭{method}</translation>
    </message>
    <message>
        <source>courier {name}</source>
        <translation>快递员 {name}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>取件码 {code}</translation>
    </message>
    <message>
        <source>{days} days in station</source>
        <translation>在站 {days} 天</translation>
    </message>
    <message>
        <source>Recorded by the platform; no counter events here.</source>
        <translation>平台同步的记录，本柜台无操作记录。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>check-in, pickup by code, phone tail or member QR, overdue, returns, stocktake.</source>
        <translation>包裹入库，按取件码、手机尾号或会员码取件，滞留件、退件和盘点。</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>water, electricity, gas, property, parking and sanitation bills.</source>
        <translation>水费、电费、燃气费、物业费、停车费和卫生费。</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>消费券</translation>
    </message>
    <message>
        <source>voucher balance, expiry and redemption for goods and services.</source>
        <translation>消费券余额、到期查询，兑换商品和服务。</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>open and close the shift, count the drawer, X and Z reports.</source>
        <translation>开班、交班、点钞，X/Z 报表。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>outages and announcements for residents.</source>
        <translation>面向居民的停水停电通知和社区公告。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>printer, language, sync and station settings.</source>
        <translation>打印机、语言、同步和服务站设置。</translation>
    </message>
</context>
<context>
    <name>SetUp</name>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>This station is already set up: staff exist.</source>
        <translation>本站已完成初始化：已有员工。</translation>
    </message>
    <message>
        <source>Enter the station name.</source>
        <translation>请输入站点名称。</translation>
    </message>
    <message>
        <source>Enter the terminal name.</source>
        <translation>请输入终端名称。</translation>
    </message>
    <message>
        <source>A terminal code is 1 to 16 letters or digits.</source>
        <translation>终端编号为 1 至 16 位字母或数字。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language shows after the next start.</source>
        <translation>新语言将在下次启动后生效。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this station</source>
        <translation>站点初始化</translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation>初始化提示</translation>
    </message>
    <message>
        <source>Welcome. Name this service station and this counter, then create the administrator who will manage staff and settings.</source>
        <translation>欢迎使用。请填写服务站和本柜台的名称，再创建负责管理员工和设置的管理员。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>for example: Xingfuli Community Service Station</source>
        <translation>例如：幸福里社区服务站</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <source>for example: Counter 1</source>
        <translation>例如：1号柜台</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Next: choose a PIN</source>
        <translation>下一步：设置 PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits. The administrator logs in with it and approves overrides.</source>
        <translation>4 至 8 位数字。管理员用它登录，也用它授权。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the names</source>
        <translation>返回填写名称</translation>
    </message>
    <message>
        <source>Step 1 of 2: names</source>
        <translation>第 1 步（共 2 步）：名称</translation>
    </message>
    <message>
        <source>Fill in all three names.</source>
        <translation>请填写全部三项名称。</translation>
    </message>
    <message>
        <source>Step 2 of 2: administrator PIN</source>
        <translation>第 2 步（共 2 步）：管理员 PIN</translation>
    </message>
    <message>
        <source>{name}, choose your PIN</source>
        <translation>{name}，请设置您的 PIN</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>请再次输入相同的 PIN</translation>
    </message>
    <message>
        <source>Finish set-up</source>
        <translation>完成初始化</translation>
    </message>
    <message>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation>两次输入的 PIN 不一致，请重新设置。</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>正在初始化…</translation>
    </message>
</context>
<context>
    <name>Shelves</name>
    <message>
        <source>There is no shelf {shelf}. Shelves: {shelves}.</source>
        <translation>没有货架 {shelf}。现有货架：{shelves}。</translation>
    </message>
    <message>
        <source>Shelf {shelf} has layers 1 to {layers}.</source>
        <translation>货架 {shelf} 只有第 1 到 {layers} 层。</translation>
    </message>
    <message>
        <source>All {capacity} shelf places are taken. Choose a shelf by hand.</source>
        <translation>全部 {capacity} 个货位已满，请手动选择货架。</translation>
    </message>
    <message>
        <source>Shelf {shelf} is full. Choose a layer by hand.</source>
        <translation>货架 {shelf} 已满，请手动选择层。</translation>
    </message>
</context>
<context>
    <name>ShiftHistoryView</name>
    <message>
        <source>Shifts</source>
        <translation>班次列表</translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation>Z 号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开班人</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>View report</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>View the chosen shift&apos;s report</source>
        <translation>查看所选班次的报表</translation>
    </message>
    <message>
        <source>Shift history message</source>
        <translation>班次记录提示</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>{count} shifts, newest first.</source>
        <translation>共 {count} 个班次，最新的在前。</translation>
    </message>
    <message>
        <source>No shifts yet.</source>
        <translation>暂无班次。</translation>
    </message>
</context>
<context>
    <name>ShiftOverview</name>
    <message>
        <source>No shift is open on this terminal.</source>
        <translation>本终端当前没有进行中的班次。</translation>
    </message>
    <message>
        <source>Count the float in the drawer, then open the shift. Money can be taken only while a shift is open.</source>
        <translation>请先清点钱箱中的备用金，然后开班。开班后才能收款。</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Open a shift with a counted float</source>
        <translation>清点备用金并开班</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash sales (net)</source>
        <translation>现金收款（净额）</translation>
    </message>
    <message>
        <source>Voucher sales</source>
        <translation>消费券收款</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Vouchers refunded</source>
        <translation>已退消费券</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>Record cash paid in</source>
        <translation>登记其他收入</translation>
    </message>
    <message>
        <source>Record cash paid out</source>
        <translation>登记其他支出</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <source>Show the X report</source>
        <translation>查看 X 报表</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Count the drawer and close the shift</source>
        <translation>点钞并交班</translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation>班次记录</translation>
    </message>
    <message>
        <source>Show the shift history</source>
        <translation>查看班次记录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Show the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Supervisors:</source>
        <translation>主管功能：</translation>
    </message>
    <message>
        <source>Shift open since {time}, opened by {name}</source>
        <translation>班次进行中：{name} 于 {time} 开班</translation>
    </message>
    <message>
        <source>{count} · {amount}</source>
        <translation>{count} 笔 · {amount}</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift message</source>
        <translation>班次提示</translation>
    </message>
    <message>
        <source>Open shift: count the float</source>
        <translation>开班：清点备用金</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Close shift: count the drawer</source>
        <translation>交班：点钞</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>班次报表</translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation>班次记录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Paid out {amount}: {reason}</source>
        <translation>其他支出 {amount}：{reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>The shift is closed. The Z report is sent to the printer.</source>
        <translation>已交班，Z 报表已发送到打印机。</translation>
    </message>
    <message>
        <source>Shift opened by {name}</source>
        <translation>该班次由 {name} 开班</translation>
    </message>
    <message>
        <source>To look at the shift history and the audit log.</source>
        <translation>用于查看班次记录和审计日志。</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Unknown denomination {value}.</source>
        <translation>未知面额 {value}。</translation>
    </message>
    <message>
        <source>A count must be between 0 and {limit}.</source>
        <translation>数量必须在 0 到 {limit} 之间。</translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>No shift is open. Open a shift before taking money.</source>
        <translation>当前没有进行中的班次，请先开班再收款。</translation>
    </message>
    <message>
        <source>That shift is closed. Log in again to continue.</source>
        <translation>该班次已交班，请重新登录后继续。</translation>
    </message>
    <message>
        <source>Log in as a staff member first.</source>
        <translation>请先以员工身份登录。</translation>
    </message>
    <message>
        <source>A shift is already open on this terminal ({name}).</source>
        <translation>本终端已有进行中的班次（{name}）。</translation>
    </message>
    <message>
        <source>Say why cash is paid in.</source>
        <translation>请填写其他收入的原因。</translation>
    </message>
    <message>
        <source>Say why cash is paid out.</source>
        <translation>请填写其他支出的原因。</translation>
    </message>
    <message>
        <source>The drawer should hold only {expected}.</source>
        <translation>钱箱应有现金只有 {expected}。</translation>
    </message>
    <message>
        <source>The change cannot be more than the cash tendered.</source>
        <translation>找零不能多于实收现金。</translation>
    </message>
    <message>
        <source>This sale&apos;s cash was already reversed.</source>
        <translation>这笔交易的现金已冲回。</translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation>班次不存在。</translation>
    </message>
    <message>
        <source>The shift is still open: no Z report yet.</source>
        <translation>班次尚未交班，暂无 Z 报表。</translation>
    </message>
    <message>
        <source>The count is {variance} off what is expected: say why.</source>
        <translation>点钞结果与应有金额相差 {variance}，请说明原因。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>姓名最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <source>This terminal is paired: add staff on the platform, then sync.</source>
        <translation>本终端已绑定平台：请在平台添加员工后同步。</translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation>员工不存在。</translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>当前 PIN 不正确。</translation>
    </message>
    <message>
        <source>{name} is the last admin and stays active.</source>
        <translation>{name} 是最后一位管理员，不能停用。</translation>
    </message>
</context>
<context>
    <name>StaffAdminPanel</name>
    <message>
        <source>Clerk</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>This terminal is paired: staff are added on the platform and come by sync.</source>
        <translation>本终端已配对：员工需在平台上添加，同步后出现在这里。</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>员工列表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加一名员工</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>Reset the chosen person&apos;s PIN</source>
        <translation>重置所选员工的 PIN</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivate the chosen person</source>
        <translation>停用所选员工</translation>
    </message>
    <message>
        <source>Staff message</source>
        <translation>员工提示</translation>
    </message>
    <message>
        <source>Locked (too many wrong PINs)</source>
        <translation>已锁定（PIN 错误次数过多）</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加{name}。</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name}的 PIN 已重置。</translation>
    </message>
    <message>
        <source>{name} was deactivated.</source>
        <translation>已停用{name}。</translation>
    </message>
</context>
<context>
    <name>StaffExitDialog</name>
    <message>
        <source>Staff only</source>
        <translation>仅限工作人员</translation>
    </message>
    <message>
        <source>Staff only: choose your name and enter your PIN</source>
        <translation>仅限工作人员：请选择姓名并输入 PIN</translation>
    </message>
    <message>
        <source>{name}: leave the kiosk</source>
        <translation>{name}：退出自助模式</translation>
    </message>
    <message>
        <source>Check PIN</source>
        <translation>验证 PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel and stay in kiosk mode</source>
        <translation>取消，保持自助模式</translation>
    </message>
    <message>
        <source>Open the counter login</source>
        <translation>打开柜台登录</translation>
    </message>
    <message>
        <source>Close Station POS</source>
        <translation>关闭收银系统</translation>
    </message>
    <message>
        <source>First choose your name.</source>
        <translation>请先选择姓名。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>为{name}设置新 PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Staff form message</source>
        <translation>员工表单提示</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>保存 PIN</translation>
    </message>
    <message>
        <source>Add the staff member</source>
        <translation>添加该员工</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>保存新 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 到 8 位数字）</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>两次输入的 PIN 不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Network status</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Pending operations</source>
        <translation>待上传操作</translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation>打印机状态</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>当班员工</translation>
    </message>
    <message>
        <source>Shift status</source>
        <translation>班次状态</translation>
    </message>
    <message>
        <source>Status unavailable</source>
        <translation>状态不可用</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>● Offline · not paired</source>
        <translation>● 离线 · 未配对</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation>立即与平台同步</translation>
    </message>
    <message>
        <source>Simulate offline</source>
        <translation>模拟断网</translation>
    </message>
    <message>
        <source>Simulate a network outage (demo)</source>
        <translation>模拟网络中断（演示）</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次同步成功时间</translation>
    </message>
    <message>
        <source>Items needing attention</source>
        <translation>需处理事项</translation>
    </message>
    <message>
        <source>Community data sync progress</source>
        <translation>社区数据同步进度</translation>
    </message>
    <message>
        <source>Syncing community data… {n} records</source>
        <translation>正在同步社区数据… {n} 条</translation>
    </message>
    <message>
        <source>● Offline (simulated)</source>
        <translation>● 离线（模拟）</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Sync stopped: call a technician</source>
        <translation>● 同步已停止：请联系技术人员</translation>
    </message>
    <message>
        <source>● Sync stopped: update the app</source>
        <translation>● 同步已停止：请升级程序</translation>
    </message>
    <message>
        <source>● Sync refused: pair the terminal again</source>
        <translation>● 同步被拒绝：请重新配对终端</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source> · syncing</source>
        <translation> · 同步中</translation>
    </message>
    <message>
        <source>{n} to send, oldest {age}</source>
        <translation>待上传 {n} 条，最早 {age}前</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>无待上传</translation>
    </message>
    <message>
        <source>Last sync {age} ago</source>
        <translation>上次同步 {age}前</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>{n} need attention</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <source>Printer: {uri}</source>
        <translation>打印机：{uri}</translation>
    </message>
    <message>
        <source>No printer set</source>
        <translation>未设置打印机</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Shift open</source>
        <translation>班次进行中</translation>
    </message>
    <message>
        <source>No open shift</source>
        <translation>未开班</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Station POS</source>
        <translation>社区服务站收银系统</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <source>Shelf to count</source>
        <translation>盘点货架</translation>
    </message>
    <message>
        <source>Choose a shelf</source>
        <translation>选择货架</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新盘点</translation>
    </message>
    <message>
        <source>Start the count again</source>
        <translation>重新开始盘点</translation>
    </message>
    <message>
        <source>Scan a parcel on the shelf</source>
        <translation>扫描货架上的包裹</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s waybill or pickup code</source>
        <translation>逐件扫描运单号或取件码</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描内容</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parcels scanned on this shelf</source>
        <translation>本货架已扫描的包裹</translation>
    </message>
    <message>
        <source>Finish count</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <source>Finish and compare with the records</source>
        <translation>完成并与记录核对</translation>
    </message>
    <message>
        <source>Missing: expected on the shelf, not scanned</source>
        <translation>缺件：应在货架上但未扫到</translation>
    </message>
    <message>
        <source>Why it is unexpected</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unexpected: scanned, not expected on this shelf</source>
        <translation>多件：扫到但不应在此货架</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Missing (expected, not scanned)</source>
        <translation>缺件（应在未扫到）</translation>
    </message>
    <message>
        <source>Unexpected (scanned, not expected here)</source>
        <translation>多件（扫到但不属于此货架）</translation>
    </message>
    <message>
        <source>Choose the shelf, scan every parcel on it, then finish the count.</source>
        <translation>选择货架，逐件扫描货架上的包裹，然后完成盘点。</translation>
    </message>
    <message>
        <source>Choose the shelf to count first.</source>
        <translation>请先选择要盘点的货架。</translation>
    </message>
    <message>
        <source>{scan} was scanned already.</source>
        <translation>{scan} 已扫描过。</translation>
    </message>
    <message>
        <source>On this shelf</source>
        <translation>在本货架</translation>
    </message>
    <message>
        <source>Not expected here</source>
        <translation>不属于本货架</translation>
    </message>
    <message>
        <source>{scan} is not expected on this shelf.</source>
        <translation>{scan} 不属于本货架。</translation>
    </message>
    <message>
        <source>Shelf {shelf} matches the records.</source>
        <translation>货架 {shelf} 与记录一致。</translation>
    </message>
    <message>
        <source>Shelf {shelf}: {missing} missing, {unexpected} unexpected.</source>
        <translation>货架 {shelf}：缺 {missing} 件，多 {unexpected} 件。</translation>
    </message>
    <message>
        <source>No shelf chosen</source>
        <translation>未选择货架</translation>
    </message>
    <message>
        <source>Scanned {found} of {expected} expected · {scans} scans</source>
        <translation>已扫到 {found}/{expected} 件 · 共扫描 {scans} 次</translation>
    </message>
    <message>
        <source>The report appears here when the count is finished.</source>
        <translation>完成盘点后在此显示结果。</translation>
    </message>
    <message>
        <source>Shelf {shelf}: found {found} of {expected}; {missing} missing, {unexpected} unexpected.</source>
        <translation>货架 {shelf}：找到 {found}/{expected} 件；缺 {missing} 件，多 {unexpected} 件。</translation>
    </message>
    <message>
        <source>In station on shelf {shelf} as {code}: put it back there.</source>
        <translation>在站，应在货架 {shelf}（{code}）：请放回。</translation>
    </message>
    <message>
        <source>Left the station already ({status}).</source>
        <translation>已离站（{status}）。</translation>
    </message>
    <message>
        <source>Not known at this station.</source>
        <translation>本站无此包裹。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The database failed.</source>
        <translation>数据库出错。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space, then try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理空间后重试。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Nothing was saved. Try again.</source>
        <translation>数据库正被其他程序占用，未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved. Ask a technician to fix its permissions.</source>
        <translation>数据目录为只读，未保存任何内容。请联系技术人员修复权限。</translation>
    </message>
    <message>
        <source>The database file cannot be opened or read. Ask a technician (see the log).</source>
        <translation>无法打开或读取数据库文件。请联系技术人员（见日志）。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (station-app restore).</source>
        <translation>数据库文件已损坏。请恢复最近的备份（station-app restore）。</translation>
    </message>
</context>
<context>
    <name>SuccessView</name>
    <message>
        <source>Paid</source>
        <translation>收款成功</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>应找零</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation>缴费状态</translation>
    </message>
    <message>
        <source>The money is taken. The platform confirms the payment at the next sync; the receipt says so.</source>
        <translation>款项已收。平台将在下次同步时确认这笔缴费，凭证上已注明待确认。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打凭证</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>再次打印凭证</translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Start the next payment</source>
        <translation>开始下一笔收款</translation>
    </message>
    <message>
        <source>{count} bills, {amount}</source>
        <translation>{count} 张账单，{amount}</translation>
    </message>
    <message>
        <source>vouchers {amount}</source>
        <translation>消费券 {amount}</translation>
    </message>
    <message>
        <source>cash {amount} received</source>
        <translation>实收现金 {amount}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>单号 {number}</translation>
    </message>
    <message>
        <source>The receipt is printing; the drawer opens for the cash.</source>
        <translation>凭证正在打印，钱箱已打开。</translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation>凭证正在打印。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The platform sent data that cannot be used ({entity} {id}: {problem}).</source>
        <translation>平台发来的数据无法使用（{entity} {id}：{problem}）。</translation>
    </message>
    <message>
        <source>The terminal&apos;s key file {path} cannot be read; pair the terminal again.</source>
        <translation>无法读取终端密钥文件 {path}，请重新配对终端。</translation>
    </message>
    <message>
        <source>The terminal&apos;s key file {path} is damaged.</source>
        <translation>终端密钥文件 {path} 已损坏。</translation>
    </message>
    <message>
        <source>{url} cannot be used: the platform must be reached over https (plain http only on this computer).</source>
        <translation>无法使用 {url}：必须通过 https 连接平台（仅本机可用 http）。</translation>
    </message>
    <message>
        <source>The platform does not know the enrollment code {code}.</source>
        <translation>平台不认识注册码 {code}。</translation>
    </message>
    <message>
        <source>The enrollment code {code} has expired; ask for a new one.</source>
        <translation>注册码 {code} 已过期，请申请新的注册码。</translation>
    </message>
    <message>
        <source>The enrollment code {code} was already used; ask for a new one.</source>
        <translation>注册码 {code} 已被使用，请申请新的注册码。</translation>
    </message>
    <message>
        <source>This terminal is already paired (terminal {terminal}). Pairing again needs a new data folder.</source>
        <translation>本终端已配对（终端 {terminal}）。重新配对需要使用新的数据目录。</translation>
    </message>
    <message>
        <source>The platform refused to pair this terminal ({reason}).</source>
        <translation>平台拒绝配对本终端（{reason}）。</translation>
    </message>
    <message>
        <source>Pairing failed: {reason}</source>
        <translation>配对失败：{reason}</translation>
    </message>
    <message>
        <source>This terminal is not paired with a platform yet.</source>
        <translation>本终端尚未与平台配对。</translation>
    </message>
</context>
<context>
    <name>VoucherCounter</name>
    <message>
        <source>the platform has frozen this voucher account</source>
        <translation>平台已冻结该消费券账户</translation>
    </message>
    <message>
        <source>the platform says the balance is not enough</source>
        <translation>平台显示余额不足</translation>
    </message>
    <message>
        <source>the platform does not know this voucher account</source>
        <translation>平台没有该消费券账户</translation>
    </message>
    <message>
        <source>Member QR, item barcode, address or phone</source>
        <translation>会员码、商品条码、房号或手机号</translation>
    </message>
    <message>
        <source>Scan the member QR, then the items</source>
        <translation>先扫会员码，再扫商品</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Use what was typed</source>
        <translation>使用输入的内容</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>找到的住户</translation>
    </message>
    <message>
        <source>Voucher accounts of the household</source>
        <translation>该住户的消费券账户</translation>
    </message>
    <message>
        <source>Catalog: tap to add</source>
        <translation>商品目录：点击添加</translation>
    </message>
    <message>
        <source>Items to redeem</source>
        <translation>待核销项目</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>所选项目减一</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>所选项目加一</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>删除所选项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total to redeem</source>
        <translation>核销合计</translation>
    </message>
    <message>
        <source>Redemption message</source>
        <translation>核销提示</translation>
    </message>
    <message>
        <source>Supervisor approval…</source>
        <translation>主管授权…</translation>
    </message>
    <message>
        <source>Ask a supervisor to lift the limit</source>
        <translation>请主管授权放宽限额</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Redeem the vouchers</source>
        <translation>核销消费券</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>商品和服务</translation>
    </message>
    <message>
        <source>{name}: the account is frozen by the platform.</source>
        <translation>{name}：该账户已被平台冻结。</translation>
    </message>
    <message>
        <source>{name}: {amount} can be spent now. Scan or tap the items.</source>
        <translation>{name}：当前可用 {amount}。请扫描或点选商品。</translation>
    </message>
    <message>
        <source>“{code}” is not in the catalog (or not on sale).</source>
        <translation>“{code}”不在商品目录中（或已停售）。</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code first.</source>
        <translation>请先扫描居民的会员码。</translation>
    </message>
    <message>
        <source>{item} ×{quantity}</source>
        <translation>{item} ×{quantity}</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code first. Looking up vouchers by household is switched off at this station.</source>
        <translation>请先扫描居民的会员码。本站已关闭按住户查询消费券。</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Check the address or the number.</source>
        <translation>没有找到“{text}”，请核对房号或号码。</translation>
    </message>
    <message>
        <source>{count} households match: ask the resident&apos;s address, then choose.</source>
        <translation>有 {count} 户符合：请询问居民房号后选择。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This household has no voucher account.</source>
        <translation>该住户没有消费券账户。</translation>
    </message>
    <message>
        <source>{name}: frozen</source>
        <translation>{name}：已冻结</translation>
    </message>
    <message>
        <source>{name}: {amount} available</source>
        <translation>{name}：可用 {amount}</translation>
    </message>
    <message>
        <source>Choose the resident&apos;s account.</source>
        <translation>请选择居民的账户。</translation>
    </message>
    <message>
        <source>Redeem {amount}</source>
        <translation>核销 {amount}</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>正在核销…</translation>
    </message>
    <message>
        <source>{reason} A supervisor may approve it.</source>
        <translation>{reason} 可由主管授权。</translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s answer (up to {seconds} s)…</source>
        <translation>正在等待平台答复（最多 {seconds} 秒）…</translation>
    </message>
    <message>
        <source>Left: {amount}</source>
        <translation>剩余：{amount}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>单号 {number}</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台已拒绝</translation>
    </message>
    <message>
        <source>Not spent</source>
        <translation>未扣款</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Nothing was spent and no receipt prints: {reason}.</source>
        <translation>未扣款，也不打印凭证：{reason}。</translation>
    </message>
    <message>
        <source>The platform refused the redemption: {reason}.</source>
        <translation>平台拒绝了这次核销：{reason}。</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已消费</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>The vouchers are spent. The platform confirms the redemption at the next sync; the receipt says so.</source>
        <translation>消费券已扣减。平台将在下次同步时确认这次核销，凭证上有注明。</translation>
    </message>
    <message>
        <source>The platform has confirmed the redemption.</source>
        <translation>平台已确认这次核销。</translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation>凭证正在打印。</translation>
    </message>
    <message>
        <source>Redeemed {amount}: receipt {number}.</source>
        <translation>已核销 {amount}：单号 {number}。</translation>
    </message>
    <message>
        <source>the platform said “{reason}”</source>
        <translation>平台答复“{reason}”</translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台已拒绝</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Not enough voucher balance: {available} available, {amount} needed.</source>
        <translation>消费券余额不足：可用 {available}，需要 {amount}。</translation>
    </message>
    <message>
        <source>At most {refundable} of this redemption can be refunded.</source>
        <translation>这笔核销最多可退 {refundable}。</translation>
    </message>
    <message>
        <source>No voucher account {account} at this station.</source>
        <translation>本站没有消费券账户 {account}。</translation>
    </message>
    <message>
        <source>The station is reloading its data from the platform after a restore; vouchers cannot be redeemed offline until that has finished.</source>
        <translation>恢复备份后，本站正在从平台重新载入数据；完成前不能离线核销消费券。</translation>
    </message>
    <message>
        <source>This station has never synced with the platform, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation>本站从未与平台同步，不能离线核销消费券。请先连接平台。</translation>
    </message>
    <message>
        <source>The platform has not sent offline voucher limits yet, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation>平台尚未下发离线核销限额，不能离线核销消费券。请先连接平台。</translation>
    </message>
    <message>
        <source>The last sync was {hours} h ago; offline redemption needs one within {limit} h. Connect to the platform first.</source>
        <translation>上次同步在 {hours} 小时前；离线核销要求 {limit} 小时内同步过。请先连接平台。</translation>
    </message>
    <message>
        <source>Over the offline limit per transaction of {limit}.</source>
        <translation>超过单笔离线限额 {limit}。</translation>
    </message>
    <message>
        <source>Over the offline limit per account per day of {limit} ({used} already redeemed offline today).</source>
        <translation>超过每户每日离线限额 {limit}（今天已离线核销 {used}）。</translation>
    </message>
    <message>
        <source>Over the station&apos;s limit of {limit} waiting for the platform ({used} waiting now).</source>
        <translation>超过本站待平台确认限额 {limit}（目前待确认 {used}）。</translation>
    </message>
    <message>
        <source>“{item}” is not in the catalog (or not on sale).</source>
        <translation>“{item}”不在商品目录中（或已停售）。</translation>
    </message>
    <message>
        <source>A quantity is between 1 and {most}.</source>
        <translation>数量应在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <source>Bill {bill} is not known at this station.</source>
        <translation>本站没有账单 {bill}。</translation>
    </message>
    <message>
        <source>Vouchers cannot pay {biller} bills.</source>
        <translation>{biller}不能用消费券缴纳。</translation>
    </message>
    <message>
        <source>The voucher account of {name} is frozen by the platform.</source>
        <translation>{name}的消费券账户已被平台冻结。</translation>
    </message>
    <message>
        <source>Add something to pay for first.</source>
        <translation>请先添加要支付的项目。</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>金额过大（最多 {limit}）。</translation>
    </message>
    <message>
        <source>No redemption {id} at this station.</source>
        <translation>本站没有核销记录 {id}。</translation>
    </message>
    <message>
        <source>Give a reason for the refund (up to {most} characters).</source>
        <translation>请填写退回原因（最多 {most} 个字）。</translation>
    </message>
    <message>
        <source>The platform rejected this redemption: nothing was spent to refund.</source>
        <translation>平台已拒绝这笔核销：没有可退回的金额。</translation>
    </message>
    <message>
        <source>Looking up vouchers by household is switched off at this station. Ask the resident for their member QR code.</source>
        <translation>本站已关闭按住户查询消费券，请居民出示会员码。</translation>
    </message>
    <message>
        <source>Only a logged-in staff member may look up accounts.</source>
        <translation>只有已登录的工作人员才能查询账户。</translation>
    </message>
    <message>
        <source>No household {id} at this station.</source>
        <translation>本站没有住户 {id}。</translation>
    </message>
    <message>
        <source>No voucher refund {id} at this station.</source>
        <translation>本站没有消费券退回记录 {id}。</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation>消费券</translation>
    </message>
</context>
</TS>
