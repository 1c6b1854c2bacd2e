"""``seed-demo``: a believable community for demos and manual testing.

One community with one station, 200 households and 600 residents, water/electricity bills
for the last three months and a property bill, a monthly voucher programme for every
household, a small catalog, notices, and staff with PINs 1111 (clerk), 2222 (supervisor),
9999 (admin). Deterministic: the same seed gives the same names and amounts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.server import bills, directory, vouchers
from sync.server.bills import LineInput
from sync.server.changes import publish
from sync.server.models import (
    Bill,
    Community,
    Household,
    Resident,
    Station,
    VoucherAccount,
    VoucherLot,
)

DEMO_COMMUNITY = "幸福里社区"
DEMO_STATION = "幸福里社区服务站"
DEMO_STATION_CODE = "S001"
DEMO_STAFF = (("张丽", "clerk", "1111"), ("王强", "supervisor", "2222"), ("李敏", "admin", "9999"))
ZONE = ZoneInfo("Asia/Shanghai")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬建国志强海燕"
_UYGHUR = ("阿依古丽", "买买提", "热依拉", "艾力", "古丽娜尔", "阿不都", "努尔", "迪丽拜尔")

CATALOG = (
    ("goods", "农夫山泉 550ml", 200, "6921168509256"),
    ("goods", "五常大米 5kg", 6990, "6901234500011"),
    ("goods", "金龙鱼食用油 5L", 7990, "6948195800019"),
    ("goods", "蓝月亮洗衣液 3kg", 4590, "6902022135010"),
    ("goods", "维达抽纸 3包", 1290, "6901236341292"),
    ("goods", "鸡蛋 30枚", 2480, "2000000000303"),
    ("goods", "新疆馕 2个", 600, "2000000000402"),
    ("service", "家政保洁 2小时", 9000, None),
    ("service", "管道疏通", 8000, None),
    ("service", "空调清洗", 12000, None),
    ("service", "快递寄件 首重", 1000, None),
    ("service", "打印复印 10页", 500, None),
)


@dataclass(frozen=True)
class DemoSummary:
    community_id: str
    station_id: str
    station_code: str
    households: int
    residents: int
    bills: int
    voucher_accounts: int
    voucher_lots: int
    created: bool


def _local_month_start(now: datetime, back: int) -> datetime:
    local = now.astimezone(ZONE)
    index = local.year * 12 + local.month - 1 - back
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=ZONE)


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(_UYGHUR)
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def _summary(
    session: Session, community: Community, station: Station, created: bool
) -> DemoSummary:
    def count(query: object) -> int:
        return int(session.execute(query).scalar_one())  # type: ignore[call-overload]

    cid = community.id
    return DemoSummary(
        community_id=cid,
        station_id=station.id,
        station_code=station.code,
        households=count(select(func.count()).where(Household.community_id == cid)),
        residents=count(
            select(func.count())
            .select_from(Resident)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.community_id == cid)
        ),
        bills=count(select(func.count()).where(Bill.community_id == cid)),
        voucher_accounts=count(select(func.count()).where(VoucherAccount.community_id == cid)),
        voucher_lots=count(
            select(func.count())
            .select_from(VoucherLot)
            .join(VoucherAccount, VoucherAccount.id == VoucherLot.account_id)
            .where(VoucherAccount.community_id == cid)
        ),
        created=created,
    )


def seed_demo(session: Session, now: datetime, *, seed: int = 2026) -> DemoSummary:
    """Fill the demo community (once: a second call returns what is there)."""
    existing = session.execute(
        select(Station).where(Station.code == DEMO_STATION_CODE)
    ).scalar_one_or_none()
    if existing is not None:
        community = session.get(Community, existing.community_id)
        assert community is not None
        return _summary(session, community, existing, created=False)
    rng = random.Random(seed)
    community = directory.create_community(session, now, name=DEMO_COMMUNITY)
    station = directory.create_station(
        session, now, community_id=community.id, name=DEMO_STATION, code=DEMO_STATION_CODE
    )
    for name, role, pin in DEMO_STAFF:
        directory.create_staff(
            session,
            now,
            community_id=community.id,
            station_id=station.id,
            name=name,
            role=role,
            pin=pin,
        )
    water = bills.create_biller(
        session,
        now,
        community_id=community.id,
        name="乌鲁木齐水业集团",
        kind="water",
        allow_vouchers=True,
    )
    power = bills.create_biller(
        session,
        now,
        community_id=community.id,
        name="国网新疆电力",
        kind="electricity",
        allow_partial=True,
        allow_vouchers=True,
    )
    estate = bills.create_biller(
        session,
        now,
        community_id=community.id,
        name="幸福里物业",
        kind="property",
        allow_partial=True,
        allow_vouchers=True,
    )
    households: list[tuple[Household, str]] = []
    for building in range(1, 11):
        for unit in (1, 2):
            for floor in range(1, 6):
                for door in (1, 2):
                    household = directory.create_household(
                        session,
                        now,
                        community_id=community.id,
                        building=f"{building}栋",
                        unit=f"{unit}单元",
                        room=f"{floor}0{door}",
                    )
                    holder = ""
                    for index in range(3):
                        name = _name(rng)
                        holder = holder or name
                        directory.create_resident(
                            session,
                            now,
                            household_id=household.id,
                            name=name,
                            phone=f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                            is_primary=index == 0,
                        )
                    households.append((household, holder))
    for number, (household, holder) in enumerate(households, start=1):
        for back in (2, 1, 0):
            start = _local_month_start(now, back)
            period = start.strftime("%Y-%m")
            due = date(start.year, start.month, 25)
            tons = rng.randrange(4, 16)
            kwh = rng.randrange(80, 400)
            for biller, account, line in (
                (
                    water,
                    f"W{number:06d}",
                    LineInput("居民生活用水", 345, tons * 345, str(tons), "m³"),
                ),
                (power, f"E{number:06d}", LineInput("居民生活用电", 55, kwh * 55, str(kwh), "kWh")),
            ):
                bill = bills.create_bill(
                    session,
                    now,
                    household_id=household.id,
                    biller_id=biller.id,
                    account_no=account,
                    period=period,
                    lines=[line],
                    due_date=due,
                    barcode=f"{account}{period.replace('-', '')}",
                )
                if back > 0 and rng.random() < 0.7:
                    bill.paid_fen = bill.amount_due_fen  # paid online earlier
                    bill.status = "paid"
                    publish(session, bill, at=now)
        area = rng.choice((65, 78, 89, 104, 120))
        bills.create_bill(
            session,
            now,
            household_id=household.id,
            biller_id=estate.id,
            account_no=f"P{number:06d}",
            period=_local_month_start(now, 0).strftime("%Y") + "Q",
            lines=[LineInput("物业服务费(季度)", 180, area * 180 * 3, str(area * 3), "m²·月")],
            due_date=(now + timedelta(days=30)).astimezone(ZONE).date(),
        )
        vouchers.create_account(
            session,
            now,
            community_id=community.id,
            household_id=household.id,
            holder_name=holder,
        )
    vouchers.create_programme(
        session,
        now,
        community_id=community.id,
        name="购房消费券",
        total_fen=240_000,
        months=12,
        expiry_months=3,
        starts_at=_local_month_start(now, 2),
    )
    for kind, name, price, barcode in CATALOG:
        directory.create_catalog_item(
            session,
            now,
            community_id=community.id,
            name=name,
            kind=kind,
            price_fen=price,
            barcode=barcode,
        )
    directory.create_notice(
        session,
        now,
        community_id=community.id,
        kind="outage",
        title="计划停水通知",
        body="因管网检修，3栋至6栋将于本周六 9:00-17:00 停水，请提前储水。",
        starts_at=now,
        ends_at=now + timedelta(days=7),
    )
    directory.create_notice(
        session,
        now,
        community_id=community.id,
        kind="announcement",
        title="社区文艺晚会",
        body="本月最后一个周五晚 19:30 在社区广场举办文艺晚会，欢迎居民参加。",
        starts_at=now,
        ends_at=now + timedelta(days=30),
    )
    directory.create_notice(
        session,
        now,
        community_id=community.id,
        kind="service",
        title="消费券使用说明",
        body="消费券可在服务站购买商品、缴纳水电物业费；每月额度三个月内有效。",
        starts_at=now,
    )
    session.flush()
    return _summary(session, community, station, created=True)
