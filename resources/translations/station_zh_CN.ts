<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
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
    <name>Carriers</name>
    <message>
        <source>Unknown carrier {code}. Choose one from the list.</source>
        <translation type="unfinished" />
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
    <name>Errors</name>
    <message>
        <source>Something went wrong. Nothing was changed. The details are in the log.</source>
        <translation>出现错误，未做任何更改。详情已写入日志。</translation>
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
        <source>Demo mode. PINs: {pins}</source>
        <translation>演示模式。PIN：{pins}</translation>
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
    <name>Parcels</name>
    <message>
        <source>{carrier} {waybill} is already in station with code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That household is not known at this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last four must be four digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the phone number on the waybill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A virtual or landline number: also enter the resident's last four.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last four {given} do not match the phone number ({shown}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not a phone number: 11 digits, a masked number like 138****1234, or a virtual number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A neighbour collecting a parcel must give their name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one parcel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No parcel in station has the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That parcel is not known here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{carrier} {waybill} is no longer in station ({status}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a supervisor can undo a pickup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a parcel that was picked up can be put back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pickup can be undone only within {minutes} minutes; this one was {ago} minutes ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{waybill} was checked in again; it cannot be put back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan or type the waybill number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is too long for a waybill number (at most {max} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan contains control characters. Scan the waybill again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waybill numbers use capital letters only. Is Caps Lock on? Scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A waybill number has only capital letters, digits and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not a waybill number (at least {length} characters, {digits} digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pickup code looks like 3-2-1045 (shelf, layer, number).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the last four digits of the phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text contains control characters: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the name of the courier taking the parcel back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{waybill} is no longer in station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several carriers have a parcel {waybill} here. Choose the carrier.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>void a payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund vouchers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reprint a Z report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pay cash out of the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>raise an offline limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close another person's shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undo a parcel pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} may not approve this: {action}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an admin may {action}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a supervisor may {action}. A supervisor can approve it with a PIN.</source>
        <translation type="unfinished" />
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
    <name>Printer</name>
    <message>
        <source>The printer {printer} cannot be reached. Check that it is on and connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer {printer} did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer setting “{printer}” cannot be used: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing on {printer} failed: {detail}</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station is already set up: staff exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the station name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the terminal name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A terminal code is 1 to 16 letters or digits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shelves</name>
    <message>
        <source>There is no shelf {shelf}. Shelves: {shelves}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelf {shelf} has layers 1 to {layers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {capacity} shelf places are taken. Choose a shelf by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelf {shelf} is full. Choose a layer by hand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Unknown denomination {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A count must be between 0 and {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift is open. Open a shift before taking money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That shift is closed. Log in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in as a staff member first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shift is already open on this terminal ({name}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why cash is paid in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why cash is paid out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawer should hold only {expected}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change cannot be more than the cash tendered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sale's cash was already reversed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift is still open: no Z report yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The count is {variance} off what is expected: say why.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This terminal is paired: add staff on the platform, then sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is the last admin and stays active.</source>
        <translation type="unfinished" />
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
        <source>{n} to send, oldest {age}</source>
        <translation>待上传 {n} 条，最早 {age}前</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>无待上传</translation>
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
    <name>Sync</name>
    <message>
        <source>The platform sent data that cannot be used ({entity} {id}: {problem}).</source>
        <translation>平台发来的数据无法使用（{entity} {id}：{problem}）。</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough voucher balance: {available} available, {amount} needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most {refundable} of this redemption can be refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No voucher account {account} at this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has never synced with the platform, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform has not sent offline voucher limits yet, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last sync was {hours} h ago; offline redemption needs one within {limit} h. Connect to the platform first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the offline limit per transaction of {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the offline limit per account per day of {limit} ({used} already redeemed offline today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the station's limit of {limit} waiting for the platform ({used} waiting now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” is not in the catalog (or not on sale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quantity is between 1 and {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill {bill} is not known at this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vouchers cannot pay {biller} bills.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The voucher account of {name} is frozen by the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add something to pay for first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No redemption {id} at this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for the refund (up to {most} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform rejected this redemption: nothing was spent to refund.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>