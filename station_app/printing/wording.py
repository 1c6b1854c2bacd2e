"""Every word printed on a receipt, in one place.

Receipts are a fixed Chinese format (the paper a resident keeps), so this text is literal
Chinese, unlike the screens, whose English source strings go through Qt translations.
"""

from __future__ import annotations

COPY = "副本"
COPY_BANNER = "** 副本 **"
PENDING = "待确认"
PENDING_NOTE = "已收款，待平台确认"
PENDING_REDEMPTION_NOTE = "已核销，待平台确认"

TITLES = {
    "test": "打印测试",
    "payment": "缴费凭证",
    "redemption": "消费券核销凭证",
    "pickup": "取件凭条",
    "return": "退件交接单",
    "shift_x": "班次报表 (X)",
    "shift_z": "交班报表 (Z)",
    "void": "撤销凭证",
}

RECEIPT_NO = "单号"
TIME = "时间"
TERMINAL = "终端"
STAFF = "收银员"
SUPERVISOR = "授权主管"
QTY_HEADER = "数量"
AMOUNT_HEADER = "金额"
ITEM_HEADER = "项目"
TOTAL = "合计"
SUBTOTAL = "小计"

# bill payment
ACCOUNT_NO = "户号"
HOUSEHOLD = "房号"
PERIOD = "账期"
BILLER = "缴费单位"
ARREARS = "欠费"
TENDER_NAMES = {"cash": "现金", "voucher": "消费券", "mixed": "混合"}
TENDERED = "实收"
CHANGE = "找零"
PAID = "实付"

# vouchers
ACCOUNT_HOLDER = "持券人"
VOUCHER_ACCOUNT = "券账户"
SPENT = "本次消费"
BALANCE = "剩余余额"
EXPIRING = "本月到期"
EXPIRING_ON = "到期日"

# parcels
PHONE = "手机"
PICKUP_CODE = "取件码"
SHELF = "货架"
CARRIER = "快递公司"
WAYBILL = "运单号"
PARCEL_COUNT = "件数"
COLLECTOR = "取件人"
PICKED_UP_BY_PROXY = "代取"
RETURN_COURIER = "交接快递员"
RETURN_REASON = "退件原因"
COURIER_SIGNATURE = "快递员签字"
STAFF_SIGNATURE = "经办人签字"

# shift reports
SHIFT_OPENED = "开班"
SHIFT_CLOSED = "交班"
Z_NUMBER = "Z 号"
FLOAT = "备用金"
CASH_IN = "现金收入"
CHANGE_OUT = "找零支出"
PAID_IN = "其他收入"
PAID_OUT = "其他支出"
VOID_REVERSALS = "撤销退款"
EXPECTED = "应有现金"
COUNTED = "实点现金"
VARIANCE = "差额"
VARIANCE_REASON = "差额说明"
BY_TENDER = "按支付方式"
COUNT_UNIT = "笔"
NOT_COUNTED = "(未清点)"
X_NOTE = "X 报表：班次未结束，仅供核对"

# voids
ORIGINAL_RECEIPT = "原单号"
VOID_REASON = "撤销原因"
REFUNDED = "退还"
REFUND_CASH = "退现金"
REFUND_VOUCHER = "退回消费券"
VOIDED_NOTE = "原凭证作废"

# test page
TEST_CHINESE_LINE = "中文打印测试：社区服务站欢迎您！"
TEST_ITEMS = (
    ("农夫山泉 550ml", "2", 200),
    ("Colgate 牙膏 120g (薄荷)", "1", 1290),
    ("水费 2026年10月 12.5m³", "1", 3450),
)
TEST_WIDTH_RULER = "1234567890"
TEST_PRINTER = "打印机"
TEST_COLUMNS = "每行字数"
TEST_MODE = "模式"
MODE_NAMES = {"text": "文本", "raster": "图像"}
TEST_END = "测试结束"

THANKS = "谢谢惠顾，请妥善保管凭证"
SCAN_TO_VERIFY = "扫码核验凭证"
