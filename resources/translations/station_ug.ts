<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug_CN">
<context>
    <name>App</name>
    <message>
        <source>Starting the demo platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station POS is already running on this computer (data folder {path}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Another terminal had already handed this parcel over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another terminal had already returned this parcel to the courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waybill was checked in twice; the platform merged the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another parcel in station has the same pickup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher account could not cover this offline redemption; the platform recoups the difference from later vouchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill was already paid; the money is kept as a credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More was paid than the bill asked; the rest is kept as a credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock was wrong when the operation was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash differs from the expected cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher account was frozen by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not know this kind of operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code changed from {old} to {new}: relabel the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {waybill} (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {receipt} ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher redemption {receipt} ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} no. {seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <source>Payments the platform flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money was taken and stays with the household as a credit on the platform. Tell the resident, then mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident told: mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Station set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel returned to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted account lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Filter by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages} · {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} entries to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Can spend now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation type="unfinished">ئىستېمال بېلىتىنى كۆرۈش</translation>
    </message>
    <message>
        <source>This account is frozen by the platform: it cannot be spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code (in the community app) to see the balance, then scan or tap the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming: {count} credits, {amount} in all; next {next} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring this month: {amount} on {date}</source>
        <translation type="unfinished">بۇ ئايدا مۇددىتى توشىدۇ: {amount}، {date}</translation>
    </message>
    <message>
        <source>Next expiry: {amount} on {date}</source>
        <translation type="unfinished">كېيىنكى مۇددىتى توشىدىغىنى: {amount}، {date}</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <source>Your vouchers</source>
        <translation>ئىستېمال بېلىتىڭىز</translation>
    </message>
    <message>
        <source>You can spend now</source>
        <translation>ھازىر ئىشلىتەلەيدىغىنىڭىز</translation>
    </message>
    <message>
        <source>Account holder: {name}</source>
        <translation>ھېسابات ئىگىسى: {name}</translation>
    </message>
    <message>
        <source>You can spend now: {amount}</source>
        <translation>ھازىر ئىشلىتەلەيدىغىنىڭىز: {amount}</translation>
    </message>
    <message>
        <source>Your voucher account is paused. Please ask at the counter.</source>
        <translation>ئىستېمال بېلىتى ھېساباتىڭىز ۋاقىتلىق توختىتىلدى. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Expiring this month: {amount} on {date}</source>
        <translation>بۇ ئايدا مۇددىتى توشىدۇ: {amount}، {date}</translation>
    </message>
    <message>
        <source>Next expiry: {amount} on {date}</source>
        <translation>كېيىنكى مۇددىتى توشىدىغىنى: {amount}، {date}</translation>
    </message>
    <message>
        <source>Vouchers you can use</source>
        <translation>ئىشلىتەلەيدىغان ئىستېمال بېلەتلىرى</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>ھازىرچە يوق.</translation>
    </message>
    <message>
        <source>{amount} · no expiry date</source>
        <translation>{amount} · مۇددەت چەكلىمىسى يوق</translation>
    </message>
    <message>
        <source>{amount} · use by {date}</source>
        <translation>{amount} · {date} غىچە ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>and {count} more: {amount}</source>
        <translation>يەنە {count} دانە: {amount}</translation>
    </message>
    <message>
        <source>Coming credits: {amount}</source>
        <translation>كېلىدىغان ئىستېمال بېلىتى: {amount}</translation>
    </message>
    <message>
        <source>{amount} from {date}</source>
        <translation>{amount} · {date} دىن باشلاپ</translation>
    </message>
</context>
<context>
    <name>BillCounter</name>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillPayScreen</name>
    <message>
        <source>Pay with vouchers</source>
        <translation>ئىستېمال بېلىتى بىلەن تۆلەش</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>تۆلەيدىغان سومما</translation>
    </message>
    <message>
        <source>The platform confirms the payment when the station next connects.</source>
        <translation>پونكىت تورغا ئۇلانغاندا، سۇپا بۇ تۆلەمنى جەزملەيدۇ.</translation>
    </message>
    <message>
        <source>{biller} · {period} · account {account}</source>
        <translation>{biller} · {period} · ھېسابات نومۇرى {account}</translation>
    </message>
    <message>
        <source>Your vouchers: {now} now, {after} after paying.</source>
        <translation>ئىستېمال بېلىتىڭىز: ھازىر {now}، تۆلىگەندىن كېيىن {after}.</translation>
    </message>
    <message>
        <source>Your vouchers: {now}.</source>
        <translation>ئىستېمال بېلىتىڭىز: {now}.</translation>
    </message>
    <message>
        <source>Your vouchers are not enough for this bill. Please pay at the counter.</source>
        <translation>ئىستېمال بېلىتىڭىز بۇ ھەقنى تۆلەشكە يەتمەيدۇ. كاسسىدا تۆلەڭ.</translation>
    </message>
    <message>
        <source>Pay {amount} with vouchers</source>
        <translation>ئىستېمال بېلىتى بىلەن {amount} تۆلەش</translation>
    </message>
    <message>
        <source>Paid {amount} for {biller} {period} with vouchers. Your receipt is printing below.</source>
        <translation>{biller} {period} ھەققى ئۈچۈن ئىستېمال بېلىتى بىلەن {amount} تۆلەندى. تالونىڭىز تۆۋەندە بېسىلىۋاتىدۇ.</translation>
    </message>
</context>
<context>
    <name>BillTable</name>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillWords</name>
    <message>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {building}, unit {unit}, room {room}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>No payment {id} at this station.</source>
        <translation>بۇ پونكىتتا {id} تۆلەم خاتىرىسى يوق.</translation>
    </message>
    <message>
        <source>Payment {receipt} has no stored receipt to reprint.</source>
        <translation>{receipt} تۆلىمىنىڭ قايتا بېسىشقا ساقلانغان تالونى يوق.</translation>
    </message>
    <message>
        <source>Type an address, account number or phone, or scan the bill.</source>
        <translation>ئۆي نومۇرى، ھېسابات نومۇرى ياكى تېلېفون نومۇرىنى كىرگۈزۈڭ، ياكى ھەق تالونىنى سايىلەڭ.</translation>
    </message>
    <message>
        <source>That is too long for an address, account or phone.</source>
        <translation>بۇ ئۆي نومۇرى، ھېسابات نومۇرى ياكى تېلېفون نومۇرى ئۈچۈن بەك ئۇزۇن.</translation>
    </message>
    <message>
        <source>This member is not linked to a household: ask for the address or the bill.</source>
        <translation>بۇ ئەزا ئائىلىگە باغلانمىغان: ئۆي نومۇرىنى ياكى ھەق تالونىنى سوراڭ.</translation>
    </message>
    <message>
        <source>No household {id} at this station.</source>
        <translation>بۇ پونكىتتا {id} ئائىلە يوق.</translation>
    </message>
    <message>
        <source>Bill {bill} is not known at this station.</source>
        <translation>بۇ پونكىتتا {bill} ھەق تالونى يوق.</translation>
    </message>
    <message>
        <source>Vouchers cannot pay {biller} bills.</source>
        <translation>{biller} ھەققىنى ئىستېمال بېلىتى بىلەن تۆلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Vouchers can pay at most {limit} of these bills ({billers} only in cash).</source>
        <translation>بۇ ھەقلەرنىڭ ئەڭ كۆپ بولغاندا {limit} نى ئىستېمال بېلىتى بىلەن تۆلىگىلى بولىدۇ ({billers} پەقەت نەق پۇل بىلەن).</translation>
    </message>
    <message>
        <source>The cash tendered ({tendered}) is less than the {due} to pay in cash.</source>
        <translation>تاپشۇرۇلغان نەق پۇل ({tendered}) نەق تۆلىنىدىغان {due} دىن ئاز.</translation>
    </message>
    <message>
        <source>The vouchers pay it all: no cash is due, so take no cash.</source>
        <translation>ئىستېمال بېلىتى ھەممىنى تۆلەيدۇ: نەق پۇل ئالماڭ.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money.</source>
        <translation>«{value}» پۇل سوممىسى ئەمەس.</translation>
    </message>
    <message>
        <source>Tick the bills to pay.</source>
        <translation>تۆلەيدىغان ھەق تالونلىرىنى بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>One payment takes at most {most} bills.</source>
        <translation>بىر قېتىمدا ئەڭ كۆپ بولغاندا {most} ھەق تالونى تۆلىگىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Pay the bills of one household at a time.</source>
        <translation>ھەر قېتىمدا پەقەت بىر ئائىلىنىڭ ھەققىنى تۆلەڭ.</translation>
    </message>
    <message>
        <source>{biller} {period} is already paid.</source>
        <translation>{biller} {period} ھەققى تۆلىنىپ بولغان.</translation>
    </message>
    <message>
        <source>{biller} bills can only be paid while the station is online. Connect to the platform, or ask the resident to come back.</source>
        <translation>{biller} ھەققىنى پەقەت پونكىت تورغا ئۇلانغاندا تۆلىگىلى بولىدۇ. سۇپىغا ئۇلاڭ ياكى ئاھالىدىن كېيىن كېلىشنى سوراڭ.</translation>
    </message>
    <message>
        <source>{biller} {period}: only {due} is due, not {amount}.</source>
        <translation>{biller} {period}: تۆلەيدىغىنى پەقەت {due}، {amount} ئەمەس.</translation>
    </message>
    <message>
        <source>{biller} bills must be paid in full ({due} for {period}).</source>
        <translation>{biller} ھەققى تولۇق تۆلىنىشى كېرەك ({period} ئۈچۈن {due}).</translation>
    </message>
    <message>
        <source>The kiosk takes vouchers only, no cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {bill} is not among the bills to pay.</source>
        <translation>{bill} ھەق تالونى بۇ قېتىم تۆلەيدىغانلار ئىچىدە يوق.</translation>
    </message>
    <message>
        <source>Scan the member QR or choose the voucher account first.</source>
        <translation>ئالدى بىلەن ئەزالىق كودىنى سايىلەڭ ياكى ئىستېمال بېلىتى ھېساباتىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The vouchers do not cover {amount}: pay the rest at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>تۆلەمنى بىكار قىلىش سەۋەبىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation>سەۋەب ئەڭ كۆپ بولغاندا {limit} ھەرپ.</translation>
    </message>
    <message>
        <source>Payment {receipt} is already voided.</source>
        <translation>{receipt} تۆلىمى بىكار قىلىنىپ بولغان.</translation>
    </message>
    <message>
        <source>Payment {receipt} belongs to an earlier shift, which has been counted: it cannot be voided. Ask the platform for a refund.</source>
        <translation>{receipt} تۆلىمى ھېسابلىنىپ بولغان ئىلگىرىكى نۆۋەتكە تەۋە: بىكار قىلغىلى بولمايدۇ. سۇپىدىن پۇل قايتۇرۇشنى سوراڭ.</translation>
    </message>
    <message>
        <source>The bill was already paid (online or at another counter). The platform keeps this money as a credit for the household: tell the resident.</source>
        <translation>بۇ ھەق ئاللىقاچان تۆلەنگەن (توردا ياكى باشقا كاسسىدا). سۇپا بۇ پۇلنى ئائىلىنىڭ قالدۇقى قىلىپ ساقلايدۇ: ئاھالىگە ئېيتىڭ.</translation>
    </message>
    <message>
        <source>More was paid than the bill still asked; the rest is kept as a credit.</source>
        <translation>تۆلەم ھەق تالونىدىكىدىن كۆپ؛ ئېشىپ قالغىنى قالدۇق قىلىپ ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>The platform does not know this bill; the money is kept as a credit.</source>
        <translation>سۇپا بۇ ھەق تالونىنى تونۇمايدۇ؛ پۇل قالدۇق قىلىپ ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>The biller does not take part payments; the platform will follow it up.</source>
        <translation>ھەق ئالغۇچى ئورۇن قىسمەن تۆلەمنى قوبۇل قىلمايدۇ؛ سۇپا بىر تەرەپ قىلىدۇ.</translation>
    </message>
    <message>
        <source>Cash and vouchers did not add up to the amount: check the receipt.</source>
        <translation>نەق پۇل بىلەن ئىستېمال بېلىتىنىڭ يىغىندىسى سوممىغا ماس كەلمىدى: تالوننى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>The platform had this payment already; it was not counted twice.</source>
        <translation>سۇپىدا بۇ تۆلەم ئاللىقاچان بار؛ ئىككى قېتىم ھېسابلانمىدى.</translation>
    </message>
    <message>
        <source>The platform refused the void: the payment is from another shift.</source>
        <translation>سۇپا بىكار قىلىشنى رەت قىلدى: بۇ تۆلەم باشقا نۆۋەتكە تەۋە.</translation>
    </message>
    <message>
        <source>The payment was already voided.</source>
        <translation>بۇ تۆلەم بىكار قىلىنىپ بولغان.</translation>
    </message>
    <message>
        <source>The platform does not know the payment this void is for.</source>
        <translation>سۇپا بىكار قىلىنىدىغان تۆلەمنى تاپالمىدى.</translation>
    </message>
    <message>
        <source>The platform found no supervisor&apos;s approval for this void.</source>
        <translation>سۇپا بۇ بىكار قىلىشقا مەسئۇلنىڭ تەستىقىنى تاپالمىدى.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock was wrong when the payment was taken.</source>
        <translation>تۆلەم ئېلىنغاندا بۇ كومپيۇتېرنىڭ سائىتى خاتا ئىدى.</translation>
    </message>
    <message>
        <source>There is nothing to acknowledge here.</source>
        <translation>بۇ يەردە جەزملەيدىغان ئىش يوق.</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills: {screen}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Your member code is not linked to a home. Please pay at the counter.</source>
        <translation>ئەزالىق كودىڭىز ئائىلىگە باغلانمىغان. كاسسىدا تۆلەڭ.</translation>
    </message>
    <message>
        <source>Bills for your home</source>
        <translation>ئائىلىڭىزنىڭ تۆلەيدىغان ھەقلىرى</translation>
    </message>
    <message>
        <source>Your vouchers: {amount}</source>
        <translation>ئىستېمال بېلىتىڭىز: {amount}</translation>
    </message>
    <message>
        <source>There is nothing to pay at the moment. Thank you!</source>
        <translation>ھازىرچە تۆلەيدىغان ھەق يوق. رەھمەت!</translation>
    </message>
    <message>
        <source>{biller} · {period}</source>
        <translation>{biller} · {period}</translation>
    </message>
    <message>
        <source>Pay by {date}</source>
        <translation>{date} غىچە تۆلەڭ</translation>
    </message>
    <message>
        <source>Pay with vouchers</source>
        <translation>ئىستېمال بېلىتى بىلەن تۆلەش</translation>
    </message>
    <message>
        <source>Pay {biller} {period} with vouchers</source>
        <translation>{biller} {period} ھەققىنى ئىستېمال بېلىتى بىلەن تۆلەش</translation>
    </message>
    <message>
        <source>Please pay this bill at the counter.</source>
        <translation>بۇ ھەقنى كاسسىدا تۆلەڭ.</translation>
    </message>
    <message>
        <source>{biller} {period}: {amount}</source>
        <translation>{biller} {period}: {amount}</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>Unknown carrier {code}. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>One less {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashMovementView</name>
    <message>
        <source>Amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: change from the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash movement message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not a sale, such as change from the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not change, such as buying supplies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves it with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: bought printer paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record paid out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Waybill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number on the waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, 138****1234 or a virtual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">ئېلىش كودى</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the parcel in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels checked in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier not recognised from the number: kept {carrier}. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier not recognised from the number: choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} {waybill} is already in station with code {code}.</source>
        <translation type="unfinished">{carrier} {waybill} ئاللىقاچان پونكىتتا، ئېلىش كودى {code}.</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: write this code on the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {carrier} {waybill} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual or landline number: enter the resident&apos;s last four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: {household}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} households use this number: not matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered household: kept by phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch: {count} parcels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftView</name>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift with this count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened by {name}. Count every note and coin in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every note and coin, row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by {amount}: say why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by {amount}: say why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer matches the expected cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This section is not built yet. It will offer {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>Address, account number, phone or bill barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bill or member QR, or type 3-2-501, 户号 or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the household&apos;s bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bills: tap to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked bills and their total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">تازىلاش</translation>
    </message>
    <message>
        <source>Clear and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Check the address or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} households match: ask the resident&apos;s address, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} owes nothing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: {count} open bills, {amount} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the household first: its open bills are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of {count} ticked: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including arrears of {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has no voucher account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the bills to pay.</source>
        <translation type="unfinished">تۆلەيدىغان ھەق تالونلىرىنى بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: receipt {number}, change {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy (副本) is printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Station POS hit an unexpected error. What you were doing may not have been saved: check it before going on.

The details were saved to:
{path}

If this happens again, give this file to your technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station POS hit an unexpected error. What you were doing may not have been saved: check it before going on.

The details are in the log folder:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station POS: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeactivateConfirm</name>
    <message>
        <source>Deactivate staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Done</source>
        <translation>تامام</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>باش بەتكە قايتىش</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Nothing was changed. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Receipt number, address or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no., 3-2-501 or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments of one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why void it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the chosen payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the chosen receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids are for mistakes of this shift; a supervisor approves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} payments found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received {tendered}, change {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by {name}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy (副本) of {number} is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the payment to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type why the payment is voided first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {number}, {household}, {amount}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give back {amount} cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} back to the vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} voided: {what}. The void receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>قايسى مۇلازىمەتنى تاللايسىز؟</translation>
    </message>
    <message>
        <source>Touch a large button. Staff at the counter can help you.</source>
        <translation>چوڭ كۇنۇپكىلارنىڭ بىرىنى بېسىڭ. ياردەم كېرەك بولسا كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Collect a parcel</source>
        <translation>ئامانەت ئېلىش</translation>
    </message>
    <message>
        <source>with the pickup code or member code</source>
        <translation>ئېلىش كودى ياكى ئەزالىق كودى بىلەن</translation>
    </message>
    <message>
        <source>Voucher balance</source>
        <translation>ئىستېمال بېلىتىنى كۆرۈش</translation>
    </message>
    <message>
        <source>balance and expiry dates</source>
        <translation>قالدۇقى ۋە مۇددىتى</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <translation>ھەق تاپشۇرۇش</translation>
    </message>
    <message>
        <source>with your vouchers</source>
        <translation>ئىستېمال بېلىتى بىلەن</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>ئۇقتۇرۇشلار</translation>
    </message>
    <message>
        <source>outages and announcements</source>
        <translation>سۇ-توك توختىتىش ۋە مەھەللە ئۇقتۇرۇشلىرى</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>{address}  {name} {phone}  ·  {count} bills, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>Welcome</source>
        <translation>خۇش كەلدىڭىز</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>ھازىرچە ئۇقتۇرۇش يوق.</translation>
    </message>
    <message>
        <source>Notice {number} of {count}</source>
        <translation>{count} ئۇقتۇرۇشنىڭ {number}-سى</translation>
    </message>
    <message>
        <source>Community notices</source>
        <translation>ئۇچۇر مۇلازىمىتى</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>باشلاش ئۈچۈن بۇ يەرنى بېسىڭ</translation>
    </message>
    <message>
        <source>Start: collect parcels, check vouchers, pay bills</source>
        <translation>باشلاش: ئامانەت ئېلىش، ئىستېمال بېلىتىنى كۆرۈش، ھەق تاپشۇرۇش</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>ھېلىھەم ئىشلىتىۋاتامسىز؟</translation>
    </message>
    <message>
        <source>For your privacy this screen will clear in {seconds} seconds.</source>
        <translation>شەخسىي ئۇچۇرىڭىزنى قوغداش ئۈچۈن ئېكران {seconds} سېكۇنتتىن كېيىن تازىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>Continue, I am still here</source>
        <translation>داۋاملاشتۇرۇش، مەن بۇ يەردە</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>ئاخىرقى رەقەمنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>تازىلاش</translation>
    </message>
    <message>
        <source>Clear everything typed</source>
        <translation>كىرگۈزگەنلەرنىڭ ھەممىسىنى تازىلاش</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>سىزىقچە</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>رەقەم {digit}</translation>
    </message>
    <message>
        <source>Letter {letter}</source>
        <translation>ھەرپ {letter}</translation>
    </message>
    <message>
        <source>Digits typed</source>
        <translation>كىرگۈزۈلگەن رەقەملەر</translation>
    </message>
    <message>
        <source>Number typed</source>
        <translation>كىرگۈزۈلگەن نومۇر</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>جەزملەش</translation>
    </message>
</context>
<context>
    <name>KioskFormats</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy-يىلى d-MMMM</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer}</source>
        <translation>{shelf}-تەكچە، {layer}-قەۋەت</translation>
    </message>
</context>
<context>
    <name>KioskMessage</name>
    <message>
        <source>No message</source>
        <translation>ئۇچۇر يوق</translation>
    </message>
</context>
<context>
    <name>KioskNotices</name>
    <message>
        <source>Outage</source>
        <translation>سۇ-توك توختىتىش</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>مەھەللە ئۇقتۇرۇشى</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ئۇچۇر مۇلازىمىتى</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ئۇقتۇرۇش</translation>
    </message>
</context>
<context>
    <name>KioskRefusals</name>
    <message>
        <source>Your member code has expired. Please refresh it in the app and show it again.</source>
        <translation>ئەزالىق كودىڭىزنىڭ ۋاقتى ئۆتۈپ كەتتى. ئەپتە يېڭىلاپ، قايتا كۆرسىتىڭ.</translation>
    </message>
    <message>
        <source>This code cannot be used as a member code. Please open the member code in the community app and show it again.</source>
        <translation>بۇ كودنى ئەزالىق كودى سۈپىتىدە ئىشلەتكىلى بولمايدۇ. مەھەللە ئەپىدە ئەزالىق كودىنى ئېچىپ، قايتا كۆرسىتىڭ.</translation>
    </message>
    <message>
        <source>Your member code cannot be checked right now. Please refresh it in the app, or ask at the counter.</source>
        <translation>ئەزالىق كودىڭىزنى ھازىر تەكشۈرگىلى بولمايدۇ. ئەپتە يېڭىلاڭ ياكى كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Member codes cannot be checked at this kiosk yet. Please ask at the counter.</source>
        <translation>بۇ ئۈسكۈنە ھازىرچە ئەزالىق كودىنى تەكشۈرەلمەيدۇ. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>No parcel is waiting with the code {code}. Please check the code in your text message.</source>
        <translation>{code} كودلۇق ئېلىنمىغان ئامانەت يوق. قىسقا ئۇچۇردىكى كودنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>This parcel is no longer waiting here. Nothing was changed. Please ask at the counter.</source>
        <translation>بۇ ئامانەت ئەمدى بۇ يەردە ئەمەس. ھېچنېمە ئۆزگەرتىلمىدى. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>A pickup code looks like 3-2-1045. Please check it and try again.</source>
        <translation>ئېلىش كودى 3-2-1045 غا ئوخشايدۇ. تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>We could not find your voucher account here. Please ask at the counter.</source>
        <translation>بۇ يەردىن ئىستېمال بېلىتى ھېساباتىڭىز تېپىلمىدى. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Your voucher account is paused. Please ask at the counter.</source>
        <translation>ئىستېمال بېلىتى ھېساباتىڭىز ۋاقىتلىق توختىتىلدى. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Your vouchers are not enough for this payment. Nothing was paid.</source>
        <translation>ئىستېمال بېلىتىڭىز بۇ قېتىملىق تۆلەشكە يەتمەيدۇ. ھېچقانداق پۇل تۆلەنمىدى.</translation>
    </message>
    <message>
        <source>This payment cannot be made at the kiosk right now. Please pay at the counter.</source>
        <translation>بۇ ھەقنى ھازىر ئۆزى مۇلازىمەت ئۈسكۈنىسىدە تۆلىگىلى بولمايدۇ. كاسسىدا تۆلەڭ.</translation>
    </message>
    <message>
        <source>Bills cannot be paid at this kiosk right now. Please pay at the counter.</source>
        <translation>بۇ ئۈسكۈنىدە ھازىرچە ھەق تاپشۇرغىلى بولمايدۇ. كاسسىدا تۆلەڭ.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Nothing was changed. Please ask at the counter.</source>
        <translation>كەچۈرۈڭ، خاتالىق كۆرۈلدى. ھېچنېمە ئۆزگەرتىلمىدى. كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Scroll the list</source>
        <translation>تىزىملىكنى سۈرۈش</translation>
    </message>
    <message>
        <source>Scroll the list sideways</source>
        <translation>تىزىملىكنى يانتۇ سۈرۈش</translation>
    </message>
    <message>
        <source>To use a member code, first choose a service on the home screen.</source>
        <translation>ئەزالىق كودىنى ئىشلىتىشتىن بۇرۇن، باش بەتتە مۇلازىمەتنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Language: {current}. Touch for {next}.</source>
        <translation>تىل: {current}. {next} غا ئالماشتۇرۇش ئۈچۈن بېسىڭ.</translation>
    </message>
    <message>
        <source>Station POS self-service</source>
        <translation>مۇلازىمەت پونكىتى ئۆزى مۇلازىمەت ئۈسكۈنىسى</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>ئۆزى مۇلازىمەت</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>پەقەت خادىملار ئۈچۈن</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>▶ قايتىش</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>باش بەت</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>باش بەتكە قايتىش</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>مەخپىي نومۇر 4 تىن 8 گىچە رەقەم.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>خاتا مەخپىي نومۇر بەك كۆپ. {minutes} مىنۇتتىن كېيىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. {name} is locked for {minutes} min.</source>
        <translation>خاتا مەخپىي نومۇر بەك كۆپ. {name} {minutes} مىنۇت قۇلۇپلاندى.</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} tries left.</source>
        <translation>مەخپىي نومۇر خاتا. يەنە {left} قېتىم سىناشقا بولىدۇ.</translation>
    </message>
    <message>
        <source>Unknown or inactive staff member.</source>
        <translation>بۇ خادىم يوق ياكى توختىتىلغان.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Choose your name, then enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}): {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode. PINs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose your name.</source>
        <translation type="unfinished">ئالدى بىلەن ئىسمىڭىزنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Close Station POS before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Station POS backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberQr</name>
    <message>
        <source>This is not a member QR code. Ask the resident to show it again.</source>
        <translation>بۇ ئەزالىق كودى ئەمەس. ئاھالىدىن قايتا كۆرسىتىشنى سوراڭ.</translation>
    </message>
    <message>
        <source>The station is not paired with the platform yet, so member QR codes cannot be checked.</source>
        <translation>پونكىت تېخى سۇپا بىلەن جۈپلەنمىگەن، شۇڭا ئەزالىق كودىنى تەكشۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The platform key stored at this station is damaged; pair the station again.</source>
        <translation>پونكىتتا ساقلانغان سۇپا ئاچقۇچى بۇزۇلغان؛ پونكىتنى قايتا جۈپلەڭ.</translation>
    </message>
    <message>
        <source>This member QR code was not issued by the platform (its signature does not match). Do not accept it.</source>
        <translation>بۇ ئەزالىق كودىنى سۇپا بەرمىگەن (ئىمزاسى ماس كەلمەيدۇ). قوبۇل قىلماڭ.</translation>
    </message>
    <message>
        <source>This member QR code is not valid yet. Check the station&apos;s clock, or ask the resident to refresh the code.</source>
        <translation>بۇ ئەزالىق كودى تېخى كۈچكە ئىگە ئەمەس. پونكىتنىڭ سائىتىنى تەكشۈرۈڭ ياكى ئاھالىدىن كودنى يېڭىلاشنى سوراڭ.</translation>
    </message>
    <message>
        <source>This member QR code expired {minutes} min ago. Ask the resident to refresh it in the app.</source>
        <translation>بۇ ئەزالىق كودىنىڭ ۋاقتى {minutes} مىنۇت ئىلگىرى ئۆتۈپ كەتكەن. ئاھالىدىن ئەپتە يېڭىلاشنى سوراڭ.</translation>
    </message>
</context>
<context>
    <name>MemberScanScreen</name>
    <message>
        <source>Check your voucher balance</source>
        <translation>ئىستېمال بېلىتى قالدۇقىنى كۆرۈش</translation>
    </message>
    <message>
        <source>Pay a bill with vouchers</source>
        <translation>ئىستېمال بېلىتى بىلەن ھەق تاپشۇرۇش</translation>
    </message>
    <message>
        <source>1. Open the community app on your phone.
2. Touch “Member code”.
3. Hold the phone screen under the scanner below.</source>
        <translation>1. تېلېفونىڭىزدىكى مەھەللە ئەپىنى ئېچىڭ.
2. «ئەزالىق كودى» نى بېسىڭ.
3. تېلېفون ئېكرانىنى تۆۋەندىكى سايىلىغۇچقا تۇتۇڭ.</translation>
    </message>
    <message>
        <source>The scanner is below the screen.</source>
        <translation>سايىلىغۇچ ئېكراننىڭ ئاستىدا.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>سوممىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money.</source>
        <translation>«{text}» پۇل سوممىسى ئەمەس.</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimals (fen is the smallest unit).</source>
        <translation>«{text}» دە ئىككى خانىدىن كۆپ ئونلۇق بار (ئەڭ كىچىك بىرلىك پۇڭ).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>سومما مەنپىي بولسا بولمايدۇ.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>سومما نۆلدىن چوڭ بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>سومما بەك چوڭ (ئەڭ كۆپ بولغاندا {limit}).</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished">ئۇقتۇرۇشلار</translation>
    </message>
    <message>
        <source>No notices at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished">سۇ-توك توختىتىش</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished">مەھەللە ئۇقتۇرۇشى</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">ئۇچۇر مۇلازىمىتى</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notices</source>
        <translation>ئۇقتۇرۇشلار</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>ھازىرچە ئۇقتۇرۇش يوق.</translation>
    </message>
</context>
<context>
    <name>OpenShiftView</name>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the notes and coins in the drawer, row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueScreen</name>
    <message>
        <source>Overdue parcels: tap to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all overdue parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the residents of the ticked parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier taking them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the ticked parcels to the courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days: full days in station. Tick parcels, then remind or return them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parcels in station longer than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the parcels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder queued for {count} parcels; it goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the courier taking them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parcels returned to {courier}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clerk} asks to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: choose your name, then enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this terminal may approve this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
    <message>
        <source>Cancel the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>ParcelListScreen</name>
    <message>
        <source>Your parcels: {count}</source>
        <translation>ئامانىتىڭىز: {count}</translation>
    </message>
    <message>
        <source>Take them from the shelf shown, then touch the green button.</source>
        <translation>كۆرسىتىلگەن تەكچىدىن ئامانەتنى ئېلىپ، يېشىل كۇنۇپكىنى بېسىڭ.</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>ئامانەتلەرنى ئالدىم</translation>
    </message>
    <message>
        <source>{carrier} · phone {phone}</source>
        <translation>{carrier} · تېلېفون {phone}</translation>
    </message>
    <message>
        <source>Parcel {code}</source>
        <translation>ئامانەت {code}</translation>
    </message>
    <message>
        <source>Thank you. Parcels marked as collected: {count}. Your slip is printing below.</source>
        <translation>رەھمەت. ئېلىندى دەپ خاتىرىلەنگەن ئامانەت: {count}. تالونىڭىز تۆۋەندە بېسىلىۋاتىدۇ.</translation>
    </message>
</context>
<context>
    <name>ParcelScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelTable</name>
    <message>
        <source>In station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk, pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk, member QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {building}, unit {unit}, room {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">ئېلىش كودى</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>{carrier} {waybill} is already in station with code {code}.</source>
        <translation>{carrier} {waybill} ئاللىقاچان پونكىتتا، ئېلىش كودى {code}.</translation>
    </message>
    <message>
        <source>That household is not known at this station.</source>
        <translation>بۇ پونكىتتا بۇ ئائىلە يوق.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>ئاخىرلىشىش ۋاقتى باشلىنىش ۋاقتىدىن بۇرۇن.</translation>
    </message>
    <message>
        <source>That parcel is not known here.</source>
        <translation>بۇ يەردە بۇ ئامانەت يوق.</translation>
    </message>
    <message>
        <source>{carrier} {waybill} is no longer in station ({status}).</source>
        <translation>{carrier} {waybill} ئەمدى پونكىتتا ئەمەس ({status}).</translation>
    </message>
    <message>
        <source>The last four must be four digits.</source>
        <translation>ئاخىرقى تۆت رەقەم تۆت خانىلىق سان بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Enter the phone number on the waybill.</source>
        <translation>يوللانمىدىكى تېلېفون نومۇرىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>A virtual or landline number: also enter the resident&apos;s last four.</source>
        <translation>مەۋھۇم ياكى مۇقىم تېلېفون نومۇرى: ئاھالىنىڭ ئاخىرقى تۆت رەقىمىنىمۇ كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The last four {given} do not match the phone number ({shown}).</source>
        <translation>ئاخىرقى تۆت رەقەم {given} تېلېفون نومۇرىغا ({shown}) ماس كەلمەيدۇ.</translation>
    </message>
    <message>
        <source>Not a phone number: use 11 digits, 138****1234 or a virtual number.</source>
        <translation>تېلېفون نومۇرى ئەمەس: 11 خانىلىق نومۇر، 138****1234 ياكى مەۋھۇم نومۇر ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>A neighbour collecting a parcel must give their name.</source>
        <translation>ئامانەتنى ئالغان قوشنا ئىسمىنى ئېيتىشى كېرەك.</translation>
    </message>
    <message>
        <source>Choose at least one parcel.</source>
        <translation>كەم دېگەندە بىر ئامانەتنى تاللاڭ.</translation>
    </message>
    <message>
        <source>No parcel in station has the code {code}.</source>
        <translation>پونكىتتىكى ئامانەتلەر ئىچىدە {code} كودلۇق ئامانەت يوق.</translation>
    </message>
    <message>
        <source>Only a supervisor can undo a pickup.</source>
        <translation>ئامانەت ئېلىشنى پەقەت مەسئۇل بىكار قىلالايدۇ.</translation>
    </message>
    <message>
        <source>Only a parcel that was picked up can be put back.</source>
        <translation>پەقەت ئېلىنغان ئامانەتنىلا قايتۇرۇپ قويغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Undo is possible for {minutes} minutes; this pickup was {ago} minutes ago.</source>
        <translation>{minutes} مىنۇت ئىچىدە بىكار قىلغىلى بولىدۇ؛ بۇ ئامانەت {ago} مىنۇت ئىلگىرى ئېلىنغان.</translation>
    </message>
    <message>
        <source>{waybill} was checked in again; it cannot be put back.</source>
        <translation>{waybill} قايتا تىزىملاندى؛ قايتۇرۇپ قويغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Enter the name of the courier taking the parcel back.</source>
        <translation>ئامانەتنى قايتۇرۇپ ئالغان يەتكۈزگۈچىنىڭ ئىسمىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>{waybill} is no longer in station.</source>
        <translation>{waybill} ئەمدى پونكىتتا ئەمەس.</translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation>پونكىتتا {waybill} يوللانما نومۇرلۇق ئامانەت يوق.</translation>
    </message>
    <message>
        <source>Several carriers have a parcel {waybill} here. Choose the carrier.</source>
        <translation>بۇ يەردە بىر نەچچە تېز يەتكۈزۈش شىركىتىنىڭ {waybill} نومۇرلۇق ئامانىتى بار. شىركەتنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Scan or type the waybill number.</source>
        <translation>يوللانما نومۇرىنى سايىلەڭ ياكى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>That is too long for a waybill number (at most {max} characters).</source>
        <translation>يوللانما نومۇرى ئۈچۈن بەك ئۇزۇن (ئەڭ كۆپ بولغاندا {max} ھەرپ).</translation>
    </message>
    <message>
        <source>The scan contains control characters. Scan the waybill again.</source>
        <translation>سايىلەنگەن مەزمۇندا كونترول ھەرپلىرى بار. يوللانمىنى قايتا سايىلەڭ.</translation>
    </message>
    <message>
        <source>Waybill numbers use capital letters only. Is Caps Lock on? Scan again.</source>
        <translation>يوللانما نومۇرى پەقەت چوڭ ھەرپ ئىشلىتىدۇ. Caps Lock ئوچۇقمۇ؟ قايتا سايىلەڭ.</translation>
    </message>
    <message>
        <source>A waybill number has only capital letters, digits and &apos;-&apos;.</source>
        <translation>يوللانما نومۇرىدا پەقەت چوڭ ھەرپ، رەقەم ۋە &apos;-&apos; بولىدۇ.</translation>
    </message>
    <message>
        <source>That is not a waybill number (at least {length} characters, {digits} digits).</source>
        <translation>بۇ يوللانما نومۇرى ئەمەس (كەم دېگەندە {length} ھەرپ، {digits} رەقەم).</translation>
    </message>
    <message>
        <source>A pickup code looks like 3-2-1045 (shelf, layer, number).</source>
        <translation>ئېلىش كودى 3-2-1045 غا ئوخشايدۇ (تەكچە، قەۋەت، نومۇر).</translation>
    </message>
    <message>
        <source>Enter the last four digits of the phone number.</source>
        <translation>تېلېفون نومۇرىنىڭ ئاخىرقى تۆت رەقىمىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The text contains control characters: {text}</source>
        <translation>تېكىستتە كونترول ھەرپلىرى بار: {text}</translation>
    </message>
    <message>
        <source>Keep it to {limit} characters.</source>
        <translation>{limit} ھەرپتىن ئاشمىسۇن.</translation>
    </message>
    <message>
        <source>Choose the shelf to count.</source>
        <translation>سانايدىغان تەكچىنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels: {screen}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation type="unfinished">تۆلەيدىغان سومما</translation>
    </message>
    <message>
        <source>Part payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use vouchers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the household&apos;s voucher accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay as much as possible with vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash: the exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full amount {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {amount} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of {full}; the rest stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers can pay up to {amount} of these bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers {vouchers} + cash {cash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTable</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vouchers {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>void a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint a Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay cash out of the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise an offline limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close another person&apos;s shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a parcel pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view shift history and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may not approve this: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may {action}. A supervisor can approve it with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupCodeScreen</name>
    <message>
        <source>Enter your pickup code</source>
        <translation>ئېلىش كودىنى كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>The code is in the text message about your parcel, for example 3-2-1045.</source>
        <translation>كود ئامانىتىڭىز توغرىسىدىكى قىسقا ئۇچۇردا، مەسىلەن 3-2-1045.</translation>
    </message>
    <message>
        <source>Or show the member code in the community app to the scanner.</source>
        <translation>ياكى مەھەللە ئەپىدىكى ئەزالىق كودىنى سايىلىغۇچقا كۆرسىتىڭ.</translation>
    </message>
    <message>
        <source>Find my parcel</source>
        <translation>ئامانىتىمنى تېپىش</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>ئېلىش كودى</translation>
    </message>
    <message>
        <source>Your member code is not linked to a home. Please use the pickup code from your text message.</source>
        <translation>ئەزالىق كودىڭىز ئائىلىگە باغلانمىغان. قىسقا ئۇچۇردىكى ئېلىش كودىنى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>There are no parcels waiting for your home right now.</source>
        <translation>ھازىر ئائىلىڭىزگە ئېلىنمىغان ئامانەت يوق.</translation>
    </message>
    <message>
        <source>That code was not found several times. Please check your text message, wait a minute, or ask at the counter.</source>
        <translation>كود بىر نەچچە قېتىم تېپىلمىدى. قىسقا ئۇچۇرنى تەكشۈرۈڭ، بىر مىنۇت ساقلاڭ ياكى كاسسىدىكى خادىمدىن سوراڭ.</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Pickup code, phone tail or member QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a pickup code or member QR, or type the phone&apos;s last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels found: tap to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pickup slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a pickup slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the ticked parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickups of the last minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the chosen pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by mistake? Choose it and undo within {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel in station has the code {code}.</source>
        <translation type="unfinished">پونكىتتىكى ئامانەتلەر ئىچىدە {code} كودلۇق ئامانەت يوق.</translation>
    </message>
    <message>
        <source>{code} found and ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel in station for tail {tail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parcels for tail {tail}: check the name, tick, hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not linked to a household: ask for the pickup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s household has no parcel in station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member verified: {count} parcels ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation type="unfinished">پونكىتتا {waybill} يوللانما نومۇرلۇق ئامانەت يوق.</translation>
    </message>
    <message>
        <source>Found by waybill {waybill}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the parcels to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over {count}: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pickup to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting {code} back in station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} ({phone}), picked up at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is back in station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} is back in station with the NEW code {code}: relabel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour&apos;s name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">تازىلاش</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation type="unfinished">رەقەم {digit}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>There is no receipt {receipt_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no print job {job_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This print job is not waiting for a decision (it is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed print job can be retried (it is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored receipt cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed ({detail}). The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped while printing: check the paper, then reprint or mark as printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer {printer} cannot be reached. Check that it is on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer setting “{printer}” cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on {printer} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese font was found for receipt images. Copy a .ttf or .ttc font (for example WenQuanYi Micro Hei) into {detail}, or use text mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>tcp://host:9100, serial://COM3?baudrate=9600, win32://printer name, usb://0x0416:0x5011, file:///path or preview://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (42 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (the printer&apos;s Chinese font)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (any printer, any script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the printer address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test receipt sent. Printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed. Printer: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test print failed. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterStatus</name>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt image cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Printed receipt (demo printer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot of the open shift: nothing is closed or reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the next resident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Waybill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ZTO Master Wang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to courier (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels returned just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel with waybill {waybill} is in station.</source>
        <translation type="unfinished">پونكىتتا {waybill} يوللانما نومۇرلۇق ئامانەت يوق.</translation>
    </message>
    <message>
        <source>{code} · {waybill} returned to {courier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} · {phone} · {days} days in station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Waybill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">ئېلىش كودى</translation>
    </message>
    <message>
        <source>e.g. 3-2-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to check-in dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the chosen parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parcels found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {code} · {waybill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days in station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the platform; no counter events here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in, pickup by code, phone tail or member QR, overdue, returns, stocktake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water, electricity, gas, property, parking and sanitation bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher balance, expiry and redemption for goods and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and close the shift, count the drawer, X and Z reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished">ئۇقتۇرۇشلار</translation>
    </message>
    <message>
        <source>outages and announcements for residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer, language, sync and station settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetUp</name>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station is already set up: staff exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the station name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the terminal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal code is 1 to 16 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Name this service station and this counter, then create the administrator who will manage staff and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Xingfuli Community Service Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Counter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits. The administrator logs in with it and approves overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">قايتىش</translation>
    </message>
    <message>
        <source>Back to the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in all three names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: administrator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, choose your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shelves</name>
    <message>
        <source>There is no shelf {shelf}. Shelves: {shelves}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf {shelf} has layers 1 to {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {capacity} shelf places are taken. Choose a shelf by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf {shelf} is full. Choose a layer by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftHistoryView</name>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the chosen shift&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift history message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} shifts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shifts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftOverview</name>
    <message>
        <source>No shift is open on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the float in the drawer, then open the shift. Money can be taken only while a shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift with a counted float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash sales (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cash paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cash paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer and close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the shift history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open since {time}, opened by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">قايتىش</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift: count the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift: count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out {amount}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is closed. The Z report is sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at the shift history and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Unknown denomination {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count must be between 0 and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most {limit} characters.</source>
        <translation type="unfinished">سەۋەب ئەڭ كۆپ بولغاندا {limit} ھەرپ.</translation>
    </message>
    <message>
        <source>No shift is open. Open a shift before taking money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shift is closed. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as a staff member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open on this terminal ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why cash is paid in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why cash is paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer should hold only {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be more than the cash tendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale&apos;s cash was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is still open: no Z report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is {variance} off what is expected: say why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is paired: add staff on the platform, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last admin and stays active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdminPanel</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is paired: staff are added on the platform and come by sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the chosen person&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (too many wrong PINs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffExitDialog</name>
    <message>
        <source>Staff only</source>
        <translation>پەقەت خادىملار ئۈچۈن</translation>
    </message>
    <message>
        <source>Staff only: choose your name and enter your PIN</source>
        <translation>پەقەت خادىملار ئۈچۈن: ئىسمىڭىزنى تاللاپ، مەخپىي نومۇرنى كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>{name}: leave the kiosk</source>
        <translation>{name}: ئۆزى مۇلازىمەت ھالىتىدىن چىقىش</translation>
    </message>
    <message>
        <source>Check PIN</source>
        <translation>مەخپىي نومۇرنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>مەخپىي نومۇر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Cancel and stay in kiosk mode</source>
        <translation>بىكار قىلىپ، ئۆزى مۇلازىمەت ھالىتىدە قېلىش</translation>
    </message>
    <message>
        <source>Open the counter login</source>
        <translation>كاسسا كىرىش بېتىنى ئېچىش</translation>
    </message>
    <message>
        <source>Close Station POS</source>
        <translation>سىستېمىنى تاقاش</translation>
    </message>
    <message>
        <source>First choose your name.</source>
        <translation>ئالدى بىلەن ئىسمىڭىزنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">مەخپىي نومۇر</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">بىكار قىلىش</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate a network outage (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community data sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing community data… {n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline · not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Sync stopped: call a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Sync stopped: update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Sync refused: pair the terminal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to send, oldest {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {age} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Station POS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <source>Shelf to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s waybill or pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">ئېلىش كودى</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels scanned on this shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and compare with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: expected on the shelf, not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected: scanned, not expected on this shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (expected, not scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected (scanned, not expected here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shelf, scan every parcel on it, then finish the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shelf to count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scan} was scanned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scan} is not expected on this shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf {shelf} matches the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf {shelf}: {missing} missing, {unexpected} unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shelf chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned {found} of {expected} expected · {scans} scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report appears here when the count is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf {shelf}: found {found} of {expected}; {missing} missing, {unexpected} unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In station on shelf {shelf} as {code}: put it back there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the station already ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known at this station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The database failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved. Ask a technician to fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened or read. Ask a technician (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (station-app restore).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessView</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money is taken. The platform confirms the payment at the next sync; the receipt says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bills, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vouchers {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash {amount} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is printing; the drawer opens for the cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The platform sent data that cannot be used ({entity} {id}: {problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file {path} cannot be read; pair the terminal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} cannot be used: the platform must be reached over https (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not know the enrollment code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code {code} has expired; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code {code} was already used; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is already paired (terminal {terminal}). Pairing again needs a new data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused to pair this terminal ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not paired with a platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherCounter</name>
    <message>
        <source>the platform has frozen this voucher account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform says the balance is not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform does not know this voucher account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member QR, item barcode, address or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the member QR, then the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher accounts of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: tap to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor to lift the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem the vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the account is frozen by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {amount} can be spent now. Scan or tap the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not in the catalog (or not on sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} ×{quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the resident&apos;s member QR code first. Looking up vouchers by household is switched off at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Check the address or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} households match: ask the resident&apos;s address, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has no voucher account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {amount} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} A supervisor may approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the platform&apos;s answer (up to {seconds} s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was spent and no receipt prints: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the redemption: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vouchers are spent. The platform confirms the redemption at the next sync; the receipt says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has confirmed the redemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed {amount}: receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform said “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Pending confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>سومما نۆلدىن چوڭ بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Not enough voucher balance: {available} available, {amount} needed.</source>
        <translation>ئىستېمال بېلىتى قالدۇقى يېتەرلىك ئەمەس: بارى {available}، كېرىكى {amount}.</translation>
    </message>
    <message>
        <source>At most {refundable} of this redemption can be refunded.</source>
        <translation>بۇ قېتىملىق ئىشلىتىشتىن ئەڭ كۆپ بولغاندا {refundable} قايتۇرغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Looking up vouchers by household is switched off at this station. Ask the resident for their member QR code.</source>
        <translation>بۇ پونكىتتا ئائىلە بويىچە ئىستېمال بېلىتى ئىزدەش ئېتىۋېتىلگەن. ئاھالىدىن ئەزالىق كودىنى سوراڭ.</translation>
    </message>
    <message>
        <source>Only a logged-in staff member may look up accounts.</source>
        <translation>ھېساباتنى پەقەت كىرگەن خادىم ئىزدىيەلەيدۇ.</translation>
    </message>
    <message>
        <source>No household {id} at this station.</source>
        <translation>بۇ پونكىتتا {id} ئائىلە يوق.</translation>
    </message>
    <message>
        <source>No voucher account {account} at this station.</source>
        <translation>بۇ پونكىتتا {account} ئىستېمال بېلىتى ھېساباتى يوق.</translation>
    </message>
    <message>
        <source>The station is reloading its data from the platform after a restore; vouchers cannot be redeemed offline until that has finished.</source>
        <translation>ئەسلىگە كەلتۈرۈلگەندىن كېيىن پونكىت سانلىق مەلۇماتنى سۇپىدىن قايتا يۈكلەۋاتىدۇ؛ ئۇ تۈگىگۈچە ئىستېمال بېلىتىنى تورسىز ئىشلەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This station has never synced with the platform, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation>بۇ پونكىت سۇپا بىلەن ھېچ ماس قەدەملەنمىگەن، شۇڭا ئىستېمال بېلىتىنى تورسىز ئىشلەتكىلى بولمايدۇ. ئالدى بىلەن سۇپىغا ئۇلاڭ.</translation>
    </message>
    <message>
        <source>The platform has not sent offline voucher limits yet, so vouchers cannot be redeemed offline. Connect to the platform first.</source>
        <translation>سۇپا تېخى تورسىز ئىشلىتىش چېكىنى ئەۋەتمىدى، شۇڭا ئىستېمال بېلىتىنى تورسىز ئىشلەتكىلى بولمايدۇ. ئالدى بىلەن سۇپىغا ئۇلاڭ.</translation>
    </message>
    <message>
        <source>The last sync was {hours} h ago; offline redemption needs one within {limit} h. Connect to the platform first.</source>
        <translation>ئاخىرقى ماس قەدەملەش {hours} سائەت ئىلگىرى؛ تورسىز ئىشلىتىش ئۈچۈن {limit} سائەت ئىچىدە ماس قەدەملىنىش كېرەك. ئالدى بىلەن سۇپىغا ئۇلاڭ.</translation>
    </message>
    <message>
        <source>Over the offline limit per transaction of {limit}.</source>
        <translation>ھەر قېتىملىق تورسىز چەك {limit} دىن ئېشىپ كەتتى.</translation>
    </message>
    <message>
        <source>Over the offline limit per account per day of {limit} ({used} already redeemed offline today).</source>
        <translation>ھەر ھېساباتنىڭ كۈنلۈك تورسىز چېكى {limit} دىن ئېشىپ كەتتى (بۈگۈن تورسىز {used} ئىشلىتىلدى).</translation>
    </message>
    <message>
        <source>Over the station&apos;s limit of {limit} waiting for the platform ({used} waiting now).</source>
        <translation>پونكىتنىڭ سۇپىنى كۈتۈۋاتقان چېكى {limit} دىن ئېشىپ كەتتى (ھازىر {used} كۈتۈۋاتىدۇ).</translation>
    </message>
    <message>
        <source>“{item}” is not in the catalog (or not on sale).</source>
        <translation>«{item}» مال تىزىملىكىدە يوق (ياكى سېتىلمايدۇ).</translation>
    </message>
    <message>
        <source>A quantity is between 1 and {most}.</source>
        <translation>سانى 1 دىن {most} گىچە بولىدۇ.</translation>
    </message>
    <message>
        <source>Bill {bill} is not known at this station.</source>
        <translation>بۇ پونكىتتا {bill} ھەق تالونى يوق.</translation>
    </message>
    <message>
        <source>Vouchers cannot pay {biller} bills.</source>
        <translation>{biller} ھەققىنى ئىستېمال بېلىتى بىلەن تۆلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The voucher account of {name} is frozen by the platform.</source>
        <translation>{name} نىڭ ئىستېمال بېلىتى ھېساباتىنى سۇپا توڭلاتقان.</translation>
    </message>
    <message>
        <source>Add something to pay for first.</source>
        <translation>ئالدى بىلەن تۆلەيدىغان نەرسە قوشۇڭ.</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>سومما بەك چوڭ (ئەڭ كۆپ بولغاندا {limit}).</translation>
    </message>
    <message>
        <source>No redemption {id} at this station.</source>
        <translation>بۇ پونكىتتا {id} ئىشلىتىش خاتىرىسى يوق.</translation>
    </message>
    <message>
        <source>Give a reason for the refund (up to {most} characters).</source>
        <translation>قايتۇرۇش سەۋەبىنى يېزىڭ ({most} ھەرپكىچە).</translation>
    </message>
    <message>
        <source>The platform rejected this redemption: nothing was spent to refund.</source>
        <translation>سۇپا بۇ ئىشلىتىشنى رەت قىلدى: قايتۇرىدىغان خەجلەنگەن پۇل يوق.</translation>
    </message>
    <message>
        <source>No voucher refund {id} at this station.</source>
        <translation>بۇ پونكىتتا {id} ئىستېمال بېلىتى قايتۇرۇش خاتىرىسى يوق.</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
