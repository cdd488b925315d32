"""Bylines and credits: who wrote, photographed or edited ("本报记者 王某 通讯员 李某", "文/图 X", "(X 摄)",
"記者王某∕台北報導"), in a line of their own, at the end of a paragraph or inside one."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import (
    BYLINE_ROLES,
    COMPOUND_SURNAMES,
    CORRESPONDENT_ROLES,
    GENERIC_PLACES,
    LONG_PLACES,
    NOT_NAMES,
    PHOTO_ROLES,
    SURNAME_ORDER,
    SURNAMES,
)
from ..types import Byline
from .common import HAN, fold_line

# A role's prefix: the outlet ("浙江日报记者"), with Latin letters or digits in its name ("21世纪经济报道记者",
# "证券时报e公司记者"), never a count ("2名记者").
# "工人日报-中工网记者": two outlets joined by a hyphen, as "中青报·中青网记者" by a dot
# "半岛晨报、39度视频记者": two outlets before the role, parted by 、 (a paper and its video channel)
_ROLE_PREFIX = (rf"(?![0-9]+[名位个多余几])(?:[{HAN}·]|(?<=[{HAN}])-(?=[{HAN}])"
                rf"|(?<=[{HAN}][报网台社])、(?=[{HAN}0-9a-z])|[a-z0-9](?=[a-z0-9]*[{HAN}])){{0,12}}?")
ROLE_RX = re.compile(rf"^{_ROLE_PREFIX}(?:{'|'.join(sorted(BYLINE_ROLES, key=len, reverse=True))})$")
NAME_RX = re.compile(rf"^[{HAN}·]{{2,5}}$")
_LATIN_NAME = re.compile(r"^[a-z][a-z.'\-]*(?: [a-z][a-z.'\-]*){0,3}$")
_SLASH_ROLE = {"文": "reporter", "撰文": "reporter", "文字": "reporter", "记者": "reporter", "图": "photo",
               "摄影": "photo", "摄": "photo", "图片": "photo", "图文": "reporter", "作者": "reporter",
               "实习生": "reporter", "通讯员": "correspondent", "编辑": "editor", "责任编辑": "editor",
               "讲述人": "reporter", "拍摄者": "photo", "拍摄": "photo",
               # "报导:冯芷芸" (珍珠快讯 of Penang, under its report with "摄影:…"): the writer's label
               "报导": "reporter",
               # "黄东/编译" (阿根廷华人网): who put a foreign report into Chinese, the item's writer
               "编译": "reporter"}
_ROLE_START = re.compile(rf"^{_ROLE_PREFIX}(?:{'|'.join(BYLINE_ROLES)})")
_EDITOR_RX = re.compile(rf"^[{HAN}]{{0,6}}?(?:责任编辑|编辑|责编|校对|美编)$")
# "本报记者李洁"; six characters are two names of three, five two names of three and two ("任媛媛徐飞", _five_run)
ROLE_AND_NAME = re.compile(rf"^(.*?(?:记者|通讯员|实习生|评论员))([{HAN}·]{{2,4}}|[{HAN}]{{5,6}})$")
# "责任编辑汪敏" after the writers ("(鄂州日报全媒体记者王凤玲 通讯员彭薇 责任编辑汪敏)"): the editor's role written
# against the name, as the writers' are
_EDITOR_AND_NAME = re.compile(rf"^(责任编辑|责编|编辑)([{HAN}·]{{2,3}})$")


def _strip_brackets(s: str, f: str) -> tuple[str, str]:
    pairs = {"(": ")", "[": "]", "【": "】", "〔": "〕", "<": ">"}
    while len(f) >= 2 and f[0] in pairs and f[-1] == pairs[f[0]]:
        s, f = s[1:-1].strip(), f[1:-1].strip()
    return s, f


# A role of three characters spelt out with a space between each, as an e-paper aligns it with a longer role on the
# next line ("■通 讯 员 王成虎" over "融媒体记者 张小燕", 淮安日报): read as the role written together.
_SPACED_OUT_ROLE = re.compile(r"(?<![^\s■□●▲])(?:通 讯 员|实 习 生)(?=\s)")


# "半岛晨报、39度视频记者梁巍": a paper and its channel before one role, parted by 、 — one token, not a list of names
_TWO_OUTLETS = re.compile(rf"[{HAN}]{{1,8}}[报网台社]、[{HAN}0-9a-z]{{1,8}}?(?:记者|通讯员)[^\s、/]*")


def _tokens(s: str, f: str) -> list[tuple[str, str]]:
    """(as written, folded) tokens split at spaces and name separators; a spaced-out role is one token."""
    out = []
    for m in re.finditer(_SPACED_OUT_ROLE.pattern + r"|" + _TWO_OUTLETS.pattern + r"|[^\s、/]+", f):
        out.append((s[m.start():m.end()].replace(" ", ""), m.group().replace(" ", "")))
    return out


def join_split_names(names: list[str]) -> list[str]:
    """"王 平" (printed with a space to fill two columns) → "王平": single characters pair up."""
    out: list[str] = []
    pending = ""
    for n in names:
        if len(n) == 1 and re.match(rf"[{HAN}]", n):
            if pending:
                out.append(pending + n)
                pending = ""
            else:
                pending = n
        else:
            if pending:
                return []  # a lone character: not a name list
            out.append(n)
    return [] if pending else out


# "校园记者" (a school paper's student reporter) before "记者", or its first two characters are read as the name's
_RUN_ROLE = re.compile("(本报记者|见习记者|特约记者|摄影记者|校园记者|学生记者|记者|通讯员|实习生)")


def _glued(t: str, tf: str) -> list[tuple[str, str]] | None:
    """"通讯员吴可新记者袁媛", "记者张虹红实习生阎霞王晶": roles and names written together, no space between
    them → (as written, folded) tokens; None unless the token opens with a role and has two or more. Four
    characters after a role are two names when the third is a surname ("阎霞王晶"). "张锋哲实习生张艳英" after a spaced
    "记者": a name, then a role and a name written against it."""
    parts = _RUN_ROLE.split(tf)
    lead = parts[0]
    if (lead and len(parts) >= 5 and re.search(r"[报報网網台社]|全媒体|融媒体", lead) and lead[-1] not in SURNAMES
            and ROLE_RX.match(lead + parts[1])):
        # "聊城日报全媒体记者蒲二利通讯员王海华": the paper's unit before the first role, all written together —
        # part of that role ("聊城日报全媒体记者"), as it is when a space parts the names
        parts = ["", lead + parts[1], *parts[2:]]
        lead = ""
        if len(parts) < 5:
            return None
    if lead and not (len(parts) >= 3 and re.fullmatch(rf"[{HAN}]{{2,3}}", lead) and lead[0] in SURNAMES):
        return None
    if not lead and len(parts) < 5:
        return None
    out: list[tuple[str, str]] = [(t[:len(lead)], lead)] if lead else []
    pos = len(lead)
    for k, part in enumerate(parts[1:], 1):
        if k % 2 == 0 and not re.fullmatch(rf"[{HAN}]{{2,4}}|[{HAN}]{{6}}", part):
            return None
        if k % 2 == 0 and len(part) == 4 and part[2] in SURNAMES and part[:2] not in COMPOUND_SURNAMES:
            out += [(t[pos:pos + 2], part[:2]), (t[pos + 2:pos + 4], part[2:])]
        else:
            out.append((t[pos:pos + len(part)], part))
        pos += len(part)
    return out


def _name_run(run: str) -> list[str] | None:
    """"尉战魁郄磊李青张海强崔婉" (a credit's names printed with no space) → the names: each of two or three
    characters and opening with a surname. Of several readings the one whose given names hold the rarest surname
    characters wins ("张海强|崔婉", not "张海|强崔婉": 崔 is a commoner surname than 强); None when none reads."""
    if not 4 <= len(run) <= 24 or not re.fullmatch(rf"[{HAN}]+", run):
        return None
    rank = {c: n for n, c in enumerate(SURNAME_ORDER)}
    best: tuple[int, list[str]] | None = None

    def walk(rest: str, names: list[str]) -> None:
        nonlocal best
        if not rest:
            cost = sum(len(SURNAME_ORDER) - rank[c] for n in names for c in n[1:] if c in rank)
            if len(names) >= 2 and (best is None or cost < best[0]):
                best = (cost, list(names))
            return
        for size in (2, 3):
            if len(rest) >= size and rest[0] in SURNAMES | RARE_SURNAMES:
                walk(rest[size:], [*names, rest[:size]])

    walk(run, [])
    return best[1] if best else None


def _bare_names(s: str, f: str) -> tuple[list[str], list[str], list[str]] | None:
    """"鐘 瑜 李林烜" → ([鐘瑜, 李林烜], [], []): two or more names and no role, lone characters paired up
    (join_split_names); None unless each name is two or three characters opening with a surname."""
    folded = join_split_names(f.split())
    names = join_split_names(s.split())
    if len(folded) < 2 or len(names) != len(folded) or not all(
            re.fullmatch(rf"[{HAN}]{{2,3}}", n) and n[0] in SURNAMES for n in folded):
        return None
    return names, [], []


RARE_SURNAMES = frozenset("郄阎眭弓")  # rare as surnames, never the start of a common word


def _five_run(tf: str) -> int | None:
    """Where the second name starts in five characters that are two names run together, a name of three and
    one of two each opening with a surname ("任媛媛徐飞" → 3), or None. Never two and three: "阎霞王晶说" is a
    name and the start of a sentence; never after a compound surname ("欧阳娜娜x")."""
    if (tf[:2] in COMPOUND_SURNAMES or not re.fullmatch(rf"[{HAN}]{{5}}", tf) or tf[0] not in SURNAMES
            or tf[3] not in SURNAMES or tf[3:] in COMPOUND_SURNAMES):
        return None
    return 3


def byline_people(s: str, f: str, roles: list[tuple[str, str]] | None = None,
            ) -> tuple[list[str], list[str], list[str]] | None:
    """"本报记者 王 平 通讯员 李某 摄影记者 张某" → ([王平], [李某], [张某]): reporters, correspondents,
    photographers; None unless the text is only roles and names. `roles` gets (role as printed, name) pairs."""
    toks = []
    for t, tf in _tokens(s, f):
        glued = _glued(t, tf)
        if glued is not None:
            toks += glued
            continue
        e = _EDITOR_AND_NAME.match(tf)
        if e and toks and e.group(2)[0] in SURNAMES | RARE_SURNAMES:
            toks += [(t[:e.end(1)], tf[:e.end(1)]), (t[e.end(1):], tf[e.end(1):])]
            continue
        # "本报记者李洁": the role written against the name.
        m = ROLE_AND_NAME.match(tf)
        if m and not ROLE_RX.match(tf) and m.group(2)[0] in SURNAMES | RARE_SURNAMES \
                and (len(m.group(2)) != 5 or _five_run(m.group(2)) is not None):  # "记者手记" is no reporter 手记
            cut = m.end(1)
            toks += [(t[:cut], tf[:cut]), (t[cut:], tf[cut:])]
        else:
            toks.append((t, tf))
    if not toks:
        return None
    people: dict[str, list[str]] = {"reporter": [], "correspondent": [], "photo": [], "editor": []}
    role, printed = "reporter", ""
    group: list[str] = []
    found: list[tuple[str, str]] = []

    def flush() -> bool:
        names = join_split_names(group)
        if group and not names:
            return False
        people[role].extend(names)
        found.extend((printed, n) for n in names if printed)
        group.clear()
        return True

    for t, tf in toks:
        if _EDITOR_RX.match(tf) and printed:  # "每经记者 王五 每经编辑 赵六": the editor is no author
            if not flush():
                return None
            printed, role = t, "editor"
        elif ROLE_RX.match(tf):
            if not flush():
                return None
            printed = t
            role = ("correspondent" if any(r in tf for r in CORRESPONDENT_ROLES)
                    else "photo" if any(tf.endswith(r) for r in PHOTO_ROLES) else "reporter")
        elif tf in NOT_NAMES or _ROLE_START.match(tf) or (not printed and tf[0] not in SURNAMES):
            return None  # "记者手记", "航拍": a column's title or a word, not a role and a name
        elif len(tf) == 5 and (pair := _five_run(tf)) is not None:
            group += [t[:pair], t[pair:]]  # "任媛媛徐飞": two names run together, three and two characters
        elif NAME_RX.match(tf) or (len(tf) == 1 and re.match(rf"[{HAN}]", tf)):
            group.append(t)
        elif re.fullmatch(rf"[{HAN}]{{6}}", tf) and tf[0] in SURNAMES and tf[3] in SURNAMES:
            group += [t[:3], t[3:]]  # "梁云霞杨军祥": two names run together
        else:
            return None
    if not flush() or not (people["reporter"] or people["correspondent"] or people["photo"]):
        return None
    if roles is not None:
        roles.extend((r, n) for r, n in found if n not in people["editor"])
    return people["reporter"], people["correspondent"], people["photo"]


_GLUED_ROLE = re.compile(rf"(?<=[{HAN}a-z])(?<!图片|文字|见习|实习|特约|特派|美术|摄影|本报|首席|网络|媒体|责任)"
                         r"(?:责任编辑|编辑|摄影|记者)(?=\s*:)")
# "社長于趾琴" (世界日報), "晋江经济报总编辑 吴美章": the paper's head signing a piece, the paper's name before the
# post or not; two of them on one line, "社长 陈同昌 总编 陈鑫钊" (a new-year address signed by head and editor).
_POST = r"(?:社长|总编辑|总编|主笔|特派员)"
_POST_BYLINE = re.compile(rf"^(?:[{HAN}]{{2,8}}?报社?)?({_POST})\s*([{HAN}]{{2,3}})"
                          rf"(?:\s+({_POST})\s*([{HAN}]{{2,3}}))?$")
# A first-person piece: who told it (with the post in brackets), then who wrote it down, and the outlet.
_TOLD = re.compile(rf"^(?:讲述|口述)人?\s*:\s*[{HAN}·]{{2,4}}\s*(?:\([^()]{{1,40}}\))?\s+"
                   rf"(?:整理|采写|撰文|记录)人?\s*:\s*(?P<rest>\S.*)$")
_BYLINE_MARK = re.compile(r"^[○□■●◎⊙▲◆]\s*(?=\S)")
# "③2 王俊祥 摄": the photo's number on the page (a circled digit, then the editor's count) before its credit.
_PHOTO_NUMBER = re.compile(r"^[\u2460-\u2473]\d{0,2}\s*(?=[^\d\s])")
_OUTLET = re.compile(rf"[{HAN}a-z+]{{2,12}}(?:客户端|app|网|报|台|新闻|融媒)")


_SHOT_FOR = re.compile(rf"摄\s*[:：]\s*(?P<name>[^\s/:：()（）]{{2,4}})\s*/\s*[{HAN}a-z0-9]{{2,10}}")


# "(图片来源:" / "图源:" in front of a photographer's credit ("…记者王子璇 摄)"): the label of a picture's source
# ("图:张良一/摄", 新头壳: the picture's mark and the photographer's, both)
_PICTURE_FROM_SHOT = re.compile(r"^[(（]?\s*(?:图片来源|图源|图片|图)\s*:\s*(?=[^:()（）]{2,30}摄\s*[)）]?$)")


# "黃柏謙、劉佳軒 / 台北市": two or more names joined by 、, a slash, the place (a city or county, or a short name)
# "即時中心/黃于庭、魏熙芸報導", "生活中心/高子涵、嚴凱 台北報導" (a Taiwan station's site): the desk, a slash, its
# reporters (and, after a space, the place they reported from), then 報導
_DESK_REPORT = re.compile(rf"(?P<desk>[{HAN}]{{0,4}}(?:中心|编辑部|新闻部|采访部|采访组))\s*/\s*"
                          rf"(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})*)(?P<place>\s+[{HAN}]{{2,4}})?\s*(?:报导|报道)")
_NAMES_SLASH_PLACE = re.compile(rf"(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})+)\s*/\s*[{HAN}]{{2,4}}[市县]?")

# "記者張麗英/報導": the reporter and, where a place goes ("記者X/台北報導", a dateline), nothing.
_NO_PLACE_REPORT = re.compile(rf"(?:本报)?记者\s*(?P<name>[{HAN}]{{2,4}})\s*/\s*(?:报导|报道)")


# A Latin name in brackets closing a byline, after a Chinese name: "(M. Irfan Ilmie  )"
# "出处:中国社会科学报 本报记者 王宙/摄 张微/文": the outlet named before its own staff's credits
_CREDIT_SOURCE = re.compile(rf"^(?:出处|来源)\s*:\s*[{HAN}]{{2,12}}(?:报|网|社|台)\s+(?=\S)")
# "唐豆子摄/中新社": the photographer's credit, then the agency he took it for after a slash
_SHOT_SLASH_AGENCY = re.compile(rf"(?P<credit>[^。！？!?()\[\]\s/]{{2,12}}摄)\s*/\s*[{HAN}]{{2,8}}(?:社|网|报|台)")
_LATIN_NAME_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]\s*[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*)+\s*[)）]$")


def names_and_place(line: str) -> bool:
    """True for a line of writers and the place they reported from, no role ("黃柏謙、劉佳軒 / 台北市"): a copy
    that starts with it starts at its byline, as one starting at "记者 X" does."""
    m = _NAMES_SLASH_PLACE.fullmatch(fold_line(line.strip()))
    return m is not None and all(n[:1] in SURNAMES for n in m.group("names").split("、"))


# An outlet's label for a story of its own before the bracketed byline: "北欧绿色邮报网特稿 (本网驻荷兰特约记者…)".
_FEATURE_LABEL = re.compile(r"[^\s()（）]{2,16}(?:特稿|专稿|专讯|独家)\s*(?=[(（])")


_PROVIDED_BY = re.compile(rf"(?P<name>[{HAN}]{{2,4}})\s+提供")


# "作者/摄影:羽丝", "文/图:王某": a writer's role and a photographer's joined by a slash before one colon and the names
_WRITER_SHOOTER = re.compile(r"^(?:作者|文|文字|撰文)\s*/\s*(摄影|图|图片|摄)\s*[:：]\s*")


def parse_byline(line: str) -> Byline | None:
    """A byline or photo credit line → Byline; None when the line is something else.

    "本报记者 李洁 通讯员 张磊", "记者 王 平", "文/王某 图/李某", "记者 王某 报道", "By John Smith",
    "（中青报·中青网记者 王某）", "本報記者 李潔" → reporters/correspondents; "通讯员 陈海伟 摄", "陈海伟摄",
    "新华社记者 王某摄", "王某／摄", "（王某 摄）", "摄影：王某" → photographers. Names are kept as written
    (inner spaces of "王 平" removed)."""
    line = line.replace("\u3000", " ").strip()
    if not line or len(line) > (150 if line.count(" ") >= 6 else 60):  # long only as a list of names
        return None
    if _OUTLET_PICTURE.fullmatch(fold_line(line)):
        return None  # "(圖/民視新聞)": the picture is the outlet's own, no one took it by name
    squeezed = squeeze_role(line)
    if squeezed != line:  # "记 者 | 张子鹤 赵 鑫": a role printed with spaces to fill the column
        inner = parse_byline(squeezed)
        return replace(inner, text=line) if inner is not None else None
    m = _PHOTO_NUMBER.match(line)
    if m:  # "③2 王俊祥 摄" (周口晚报): the photo's number, then its credit; never a writer's byline
        inner = parse_byline(line[m.end():])
        return replace(inner, text=line) if inner is not None and inner.photographers else None
    m = _PICTURE_FROM_SHOT.match(fold_line(line))
    if m:  # "(图片来源:欧洲时报记者王子璇 摄)": the picture's source is a photographer named with his credit
        inner = parse_byline(line[m.end():].rstrip(")）"))
        return replace(inner, text=line) if inner is not None and inner.photographers and not inner.reporters \
            else None
    m = _OUTLET_SHOT.match(fold_line(line))
    if m:  # "(台灣網 王君飛 攝)" (中国台湾网): the outlet's name before its photographer's, a space between them
        inner = parse_byline(line[:m.start(1)] + line[m.end(1):])
        return replace(inner, text=line) if inner is not None and inner.photographers and not inner.reporters \
            else None
    m = _BYLINE_MARK.match(line)
    if m:  # "○记者 王灿", "□ 本报记者 张守坤": a mark printed before the byline
        inner = parse_byline(line[m.end():])
        if inner is None and len(line) <= 60 and not re.search("[。，,；;！？!?：:]", line):
            # "■李浩然 叶星国 本报记者 张三": the unit's correspondents first, then a role and its names
            listing = line[m.end():]
            found: list[tuple[str, str]] = []
            listed = byline_people(listing, fold_line(listing), found)
            if listed is not None and found and not listed[2]:
                return make_byline(line, listed, found)
        return replace(inner, text=line) if inner is not None else None
    m = _WRITER_SHOOTER.match(fold_line(line))
    if m:  # "作者/摄影:羽丝" (deouhuashang.de): one name under two roles joined by a slash — writer and photographer
        inner = parse_byline(f"{line[:m.start(1)].rstrip('/／ ')}:{line[m.end():]}")
        if inner is not None and inner.reporters and not inner.photographers:
            return replace(inner, text=line, photographers=inner.reporters)
    m = re.match(r"^(.*\S)\s*摄影(?:报道|报导)$", fold_line(line))
    if m and starts_with_role(m.group(1)):  # "本报记者 李永兰 摄影报道" (海东日报): he wrote it and took its pictures
        inner = parse_byline(line[:m.end(1)])
        if inner is not None and inner.reporters and not inner.photographers:
            return replace(inner, text=line, photographers=inner.reporters)
    m = re.match(r"^[(\[]\s*(.*\S)\s*摄影(?:报道|报导)\s*[)\]]$", fold_line(line))
    if m and not starts_with_role(m.group(1)):
        # "(杨尚威 张鹏 摄影报道)" closing a picture story (四川科技报): names with no role, who took its pictures
        # and wrote it — as "(杨尚威 张鹏 摄)" names its photographers
        inner = parse_byline(f"({line[m.start(1):m.end(1)]} 摄)")
        if inner is not None and inner.photographers and not inner.reporters:
            return replace(inner, text=line, reporters=inner.photographers)
    m = _FEATURE_LABEL.match(fold_line(line))
    if m:  # "北欧绿色邮报网特稿 (本网驻荷兰特约记者张卓辉)": the outlet's label for its own story, then the byline
        inner = parse_byline(line[m.end():])
        return replace(inner, text=line) if inner is not None and inner.reporters else None
    m = _LATIN_NAME_AFTER.search(line)
    if m and m.start() > 0:
        # "安打拉驻北京记者 易而繁 (M. Irfan Ilmie  )": the writer's own Latin name in brackets after his Chinese one
        inner = parse_byline(line[:m.start()])
        return replace(inner, text=line) if inner is not None and inner.reporters else None
    if "|" in line or "｜" in line:
        # "北京日报客户端 | 记者 李如意": the outlet, then the byline, side by side.
        parts = [x.strip() for x in re.split(r"[|｜]", line) if x.strip()]
        if len(parts) == 2 and (fold_line(parts[0]) in _SLASH_ROLE or ROLE_RX.match(fold_line(parts[0]))):
            # "记者 | 张子鹤 赵鑫" (a WeChat post's credits): the bar stands for a colon between role and names
            inner = parse_byline(f"{parts[0]}:{parts[1]}")
            return replace(inner, text=line) if inner is not None else None
        rest = [x for x in parts if not _OUTLET.fullmatch(fold_line(x))]
        inner = parse_byline(rest[0]) if len(rest) == 1 and len(parts) > 1 else None
        return replace(inner, text=line) if inner is not None else None
    m = _SHOT_FOR.fullmatch(fold_line(line))
    if m and m.group("name")[0] in SURNAMES | RARE_SURNAMES:
        # "攝:陳焯煇/端傳媒" (端傳媒): the mark, the photographer, then the outlet he took it for
        return Byline(text=line, photographers=(line[m.start("name"):m.end("name")],))
    m = _TOLD.match(fold_line(line))
    if m:  # "讲述:黄雷(…副大队长) 整理:人民公安报、中国警察网记者 刘文杰": the one who wrote it down is the author
        written = line[m.start("rest"):]
        role = re.search(r"记者|通讯员|实习生", m.group("rest"))
        if role and re.search("[、,]", m.group("rest")[:role.start()]):
            written = written[role.start():]  # "人民公安报、中国警察网记者 刘文杰": the outlets before the role
        inner = parse_byline(written)
        return replace(inner, text=line) if inner is not None and not inner.photographers else None
    m = _PROVIDED_BY.fullmatch(fold_line(line))
    if m and m.group("name")[0] in SURNAMES:
        # "池育文 提供" (僑務電子報, under the date): the one who provided the story, on a line of its own and set
        # apart from 提供 — a picture's source is bracketed or glued to it ("(界立建提供)", "(圖:謝明君提供)")
        name = line.strip()[m.start("name"):m.end("name")]
        return Byline(text=line, reporters=(name,), roles=(("提供", name),))
    s, f = _strip_brackets(line, fold_line(line))
    m = _CREDIT_SOURCE.match(f)
    if m:
        inner = parse_byline(s[m.end():])
        return replace(inner, text=line) if inner is not None else None
    m = _SHOT_SLASH_AGENCY.fullmatch(f)
    if m:
        inner = parse_byline(s[:m.end("credit")])
        return replace(inner, text=line) if inner is not None and inner.photographers and not inner.reporters \
            else None
    m = re.match(rf"^[{HAN}]{{2,8}}社发\s*(?=[(\[]|\S+\s*摄$)|^[{HAN}]{{2,8}}发\s*(?=[(\[])", f)
    if m:  # "新华社发(苏阳摄)", "新华社发 张三 摄": the agency that sent the photo
        s, f = _strip_brackets(s[m.end():], f[m.end():])
    if "," in f and f.count(",") <= 3 and not any(c in f for c in "。;!?…\"“”"):
        # "本报记者杜尚泽、申琳,新华社记者张晓松、朱基钗": several bylines in one, each with its role.
        parts = [parse_byline(x) for x in re.split(r"[,，]", s)]
        if all(p is not None for p in parts):
            return Byline(text=line, reporters=tuple(n for p in parts for n in p.reporters),  # type: ignore[union-attr]
                          correspondents=tuple(n for p in parts for n in p.correspondents),  # type: ignore[union-attr]
                          photographers=tuple(n for p in parts for n in p.photographers))  # type: ignore[union-attr]
        return None
    if not f or any(c in f for c in "。,;!?…\"“”"):
        return None
    m = re.match(r"^by\s+(.+)$", f)
    if m and _LATIN_NAME.match(m.group(1).strip()):
        return Byline(text=line, reporters=(s[m.start(1):].strip(),))
    # "金姬/刘绮黎": two authors printed with a slash between them.
    if (re.fullmatch(rf"[{HAN}]{{2,3}}(?:/[{HAN}]{{2,3}})+", f)
            and not any(p in _SLASH_ROLE or ROLE_RX.match(p) for p in f.split("/"))):  # "劉子為／攝影": a credit
        return Byline(text=line, reporters=tuple(re.split(r"[/∕／⁄╱]", s)))
    m = re.match(r"^(?:文/图|图/文)\s*(?=\S)", f)
    after = re.match(r"^(?P<who>.*\S)\s*(?:文/图|文/摄|图/文)$", f)
    if m or after:  # "文/图 记者 郑两兴", "记者 张改华 通讯员 杨琳 文/图", "张三 文/摄": wrote it and took the photos
        a, b = (m.end(), len(f)) if m else (0, after.end("who"))  # type: ignore[union-attr]
        people = byline_people(s[a:b], f[a:b])
        if people is None and " " in f[a:b].strip():
            # "鐘 瑜 李林烜 文/圖": names with no role, a two-character one padded with a space to fill the column
            people = _bare_names(s[a:b], f[a:b])
        if people is None and NAME_RX.match(f[a:b].replace(" ", "")) and f[a] in SURNAMES:
            people = ([s[a:b].replace(" ", "")], [], [])
        if people is None:
            return None
        names = tuple(people[0] + people[2])
        return Byline(text=line, reporters=names, correspondents=tuple(people[1]), photographers=names)
    m = _INFO_SOURCE.search(f)
    if m:  # "记者刘斌 摄 信息来源:彭雪琴 钟园": who gave the information is no photographer
        inner = parse_byline(s[:m.start()])
        sources = [x for x in re.split(r"[\s、]+", s[m.start("names"):]) if x]
        sources = [x[ROLE_AND_NAME.match(fold_line(x)).end(1):] if ROLE_AND_NAME.match(fold_line(x)) else x  # type: ignore[union-attr]
                   for x in sources]  # "信息来源:通讯员王艺臻"
        if inner is None or not inner.photographers or not all(NAME_RX.match(fold_line(n)) for n in sources):
            return None
        return replace(inner, text=line, roles=inner.roles + tuple(("信息来源", n) for n in sources))
    m = _NO_PLACE_REPORT.fullmatch(f)
    if m and f[m.start("name")] in SURNAMES:  # "記者張麗英/報導" (聯統日報): a Taiwan byline with no place printed
        name = s[m.start("name"):m.end("name")]
        return Byline(text=line, reporters=(name,), roles=((s[:m.start("name")].strip(), name),))
    m = _DESK_REPORT.fullmatch(f)
    if (m and all(n[0] in SURNAMES for n in m.group("names").split("、"))
            and ("、" in m.group("names") or m.group("place") or len(m.group("names")) == 3)):
        # (one name of two characters alone is a place: "地方中心/花蓮報導")
        desk = s[:m.end("desk")]
        names = tuple(s[m.start("names"):m.end("names")].split("、"))
        return Byline(text=line, reporters=names, roles=tuple((desk, n) for n in names))
    m = _NAMES_SLASH_PLACE.fullmatch(f)
    if m and names_and_place(f):
        # "黃柏謙、劉佳軒 / 台北市" (華視's campus news): the writers, then where they reported from (no role)
        return Byline(text=line, reporters=tuple(s[:m.end("names")].split("、")))
    if "/" in f or ":" in f:
        # only a role after the first field: "县融媒体中心记者:陈庆彬" is one role, its unit glued on
        glued = [m.start() for m in _GLUED_ROLE.finditer(f) if re.search("[:/]", f[:m.start()])]
        for at in reversed(glued):  # "記者:DMC編輯:DMC" (新報人): a role glued to the names before it
            s, f = s[:at] + " " + s[at:], f[:at] + " " + f[at:]
        return _slash_byline(line, s, f)
    # "包丽敏文并摄": wrote the story and took the photos.
    m = re.match(r"^(.*?)\s*(?:文并摄|文并图|文/摄|图文)$", f)
    if m and m.group(1):
        people = byline_people(s[:m.end(1)], m.group(1))
        if people is None and NAME_RX.match(m.group(1).replace(" ", "")):
            people = ([s[:m.end(1)].replace(" ", "")], [], [])
        if people is None:
            return None
        names = tuple(people[0] + people[2])
        return Byline(text=line, reporters=names, correspondents=tuple(people[1]), photographers=names)
    # A credit: "… 摄" / "… 摄影" at the end, the names (with or without a role) before it.
    m = re.match(r"^(.*?)\s*(?:摄影|摄)$", f)
    if m and m.group(1):
        roles: list[tuple[str, str]] = []
        people = byline_people(s[:m.end(1)], m.group(1), roles)
        bare = m.group(1).replace(" ", "")
        if people is None and NAME_RX.match(bare) and bare[0] in SURNAMES:  # "陈海伟摄", not "航拍摄"
            people = ([s[:m.end(1)].replace(" ", "")], [], [])
        if people is None and " " not in m.group(1) and (run := _name_run(s[:m.end(1)])) is not None:
            people = (run, [], [])  # "尉战魁郄磊李青张海强崔婉摄": five names run together
        if people is None:
            return None
        return Byline(text=line, photographers=tuple(people[0] + people[1] + people[2]), roles=tuple(roles))
    # "澎湃新闻记者 蒋子文图": a chart or picture by a named staff member (a role before the name: "地图",
    # "示意图" are no credits).
    m = re.match(r"^(.*?)\s*(?:资料图片|资料图|供图|制图|图)$", f)
    if m and m.group(1) and starts_with_role(m.group(1)):
        roles = []
        people = byline_people(s[:m.end(1)], m.group(1), roles)
        if people is not None and roles:
            return Byline(text=line, photographers=tuple(people[0] + people[1] + people[2]), roles=tuple(roles))
    # "本报记者 王某 发自北京", "本报记者 王某 北京报道": the place the report was sent from is no name.
    m = re.match(rf"^(.*\S)\s+(?:发自\s*[{HAN}]{{2,8}}|[{HAN}]{{2,6}}(?=报道$|报导$))", f)
    if m and starts_with_role(f):
        cut = parse_byline(line[:m.end(1)])
        if cut is not None and not cut.photographers:
            return replace(cut, text=line)
    # "記者 鄭紀威台北 報導" (台灣好報): the name and the place run together, a space before 報導
    m = re.match(rf"^(.*\s)([{HAN}]{{4,7}})\s+(?:报道|报导)$", f)
    if m and starts_with_role(f) and (at := _name_then_place(m.group(2))):
        cut = parse_byline(s[:m.start(2) + at])
        if cut is not None and cut.reporters and not cut.photographers:
            return replace(cut, text=line)
    m = _OUTLET_POST_REPORT.match(f)
    if m and f[m.start("name")] in SURNAMES:
        # "《北美之声》创办人陈蓉编辑报道" (北美之声): the outlet in brackets, the writer's post there, the name, and
        # 编辑报道 (she put it together and reported it)
        name = s[m.start("name"):m.end("name")]
        return Byline(text=line, reporters=(name,), roles=((s[m.start("post"):m.end("post")], name),))
    # "记者 王某 报道", "王某 报道", "（本报记者 张三 整理）"
    m = re.match(r"^(.*?)(\s*)(报道|报导|整理)$", f)
    if m and m.group(1):
        roles = []
        people = byline_people(s[:m.end(1)], m.group(1), roles) if starts_with_role(m.group(1)) else None
        if (people is None and m.group(2) and NAME_RX.match(m.group(1))
                and (m.group(3) != "整理" or m.group(1)[0] in SURNAMES)):  # "资料 整理" names no one
            people = ([s[:m.end(1)]], [], [])
        return make_byline(line, people, roles) if people else None
    m = _POST_BYLINE.match(f)
    if m:  # "社長于趾琴" under the headline (世界日報): the paper's head wrote the piece
        pairs = [(s[m.start(i):m.end(i)], s[m.start(i + 1):m.end(i + 1)]) for i in (1, 3) if m.group(i)]
        if all(m.group(i + 1)[0] in SURNAMES for i in (1, 3) if m.group(i)):  # not "总编室主任", an office
            return Byline(text=line, reporters=tuple(n for _, n in pairs), roles=tuple(pairs))
    # A byline starts with its role; a bare name is a byline only where the caller says so.
    if not starts_with_role(f):
        return None
    roles = []
    people = byline_people(s, f, roles)
    return make_byline(line, people, roles) if people else None


# The outlet named in brackets, a post at it, a name, then 编辑报道 or 报道: "《北美之声》创办人陈蓉编辑报道".
_OUTLET_POST_REPORT = re.compile(rf"^《[^《》]{{2,12}}》\s*(?P<post>创办人|社长|总编辑|总编|主编|记者|特约记者)\s*"
                                 rf"(?P<name>[{HAN}]{{2,3}})\s*(?:编辑)?(?:报道|报导)$")


_INFO_SOURCE = re.compile(rf"(?<=摄)\s+信息来源\s*:?\s*(?P<names>[{HAN}][{HAN}·、 ]{{1,30}})(?=[)\]]?$)")


# A role printed with a space between its characters to fill a column ("记 者 |", "编 辑:", "一 审:"), before
# the mark that ends it.
_SPACED_ROLE = re.compile(rf"^([{HAN}](?: [{HAN}]){{1,3}})(?=\s*[|｜:：])")
SPACED_ROLES = frozenset(("记者", "编辑", "摄影", "视觉", "一审", "二审", "三审", "初审", "复审", "终审", "校对",
                          "美编", "责编", "监制", "通讯员", "实习生", "文字", "图片", "作者", "审核", "设计"))


def squeeze_role(line: str) -> str:
    """"记 者 | 张子鹤" → "记者 | 张子鹤": a role's inner spaces taken out (names keep theirs); else the line."""
    m = _SPACED_ROLE.match(line)
    if m is None or fold_line(m.group(1)).replace(" ", "") not in SPACED_ROLES:
        return line
    return m.group(1).replace(" ", "") + line[m.end():]


def make_byline(line: str, people: tuple[list[str], list[str], list[str]],
            roles: list[tuple[str, str]] | None = None) -> Byline:
    return Byline(text=line, reporters=tuple(people[0]), correspondents=tuple(people[1]),
                  photographers=tuple(people[2]), roles=tuple(roles or ()))


def starts_with_role(f: str) -> bool:
    return _ROLE_START.match(f) is not None


def _slash_byline(line: str, s: str, f: str) -> Byline | None:
    """"文/王某 图/李某", "文：王某", "王某/文 李某/图", "王某／摄", "摄影：王某"."""
    people: dict[str, list[str]] = {"reporter": [], "correspondent": [], "photo": [], "editor": []}
    roles: list[tuple[str, str]] = []
    pattern = re.compile(r"\s*(?:(?P<role>" + "|".join(sorted(_SLASH_ROLE, key=len, reverse=True)) + r"|[" + HAN
                         + r"·]{0,10}?(?:记者|通讯员))\s*[/:]\s*(?P<names>[" + HAN + r"a-z][" + HAN
                         + r"a-z·、 .'\-]*?)(?=\s+[" + HAN + r"]{1,6}\s*[/:]|$)|(?P<names2>[" + HAN + r"][" + HAN
                         + r"· ]*?)\s*/\s*(?P<role2>文|图|摄影|摄|编译)(?=\s|$))")
    pos = 0
    for m in pattern.finditer(f):
        if f[pos:m.start()].strip():
            return None
        pos = m.end()
        role = m.group("role") or m.group("role2")
        key = "names" if m.group("role") else "names2"
        if role not in _SLASH_ROLE and not ROLE_RX.match(role):
            return None
        start = m.start(key)
        lead = re.match(rf"[{HAN}·]{{0,12}}?(?:记者|通讯员|实习生|摄影师)\s*(?=\S)", m.group(key))  # "文:記者K"
        if lead:
            start += lead.end()
        kind = _SLASH_ROLE.get(role) or ("correspondent" if any(r in role for r in CORRESPONDENT_ROLES)
                                         else "photo" if any(role.endswith(r) for r in PHOTO_ROLES) else "reporter")
        if _LATIN_NAME.match(f[start:m.end(key)]):
            names = [s[start:m.end(key)].strip()]  # "文:K", "文/John Smith"
        else:
            names = join_split_names([t for t in re.split(r"[\s、]+", s[start:m.end(key)]) if t])
        if any(fold_line(n).endswith("提供") for n in names):
            return None  # "圖：軍聞社提供": who provided the picture (an organisation), not who took it
        if not names or not all(NAME_RX.match(fold_line(n)) or _LATIN_NAME.match(fold_line(n)) for n in names) \
                or any(fold_line(n) in PHOTO_ROLES for n in names):
            # "文/见习记者陈俞 通讯员史雅琴": more roles inside the part; a correspondent stays one
            inner = (byline_people(s[m.start(key):m.end(key)], f[m.start(key):m.end(key)], roles) if kind == "reporter"
                     else None)
            if inner is None:
                return None
            # "作者:刘燕娟 摄影 唐俊": a photographer's role inside the writer's part keeps his names apart
            shot = any(fold_line(t) in PHOTO_ROLES for t in s[m.start(key):m.end(key)].split())
            people["reporter"].extend(inner[0] + ([] if shot else inner[2]))
            people["photo"].extend(inner[2] if shot else [])
            people["correspondent"].extend(inner[1])
            continue
        people[kind].extend(names)
        printed = s[m.start("role"):m.end("role")] if m.group("role") else s[m.start("role2"):m.end("role2")]
        roles.extend((printed, n) for n in names)
    if f[pos:].strip() or not (people["reporter"] or people["correspondent"] or people["photo"]):
        return None
    return make_byline(line, (people["reporter"], people["correspondent"], people["photo"]), roles)


_OUTLET_SHOT = re.compile(rf"^[(\[]\s*([{HAN}]{{1,6}}(?:网|报|社|台)\s+)(?=[{HAN}]{{2,3}}\s*(?:摄|摄影)\s*[)\]]$)")


def trailing_credit(text: str) -> int | None:
    """Where a photo credit printed at the end of a caption starts ("…乡村画卷。新华社记者 王某摄"), or None."""
    info = _INFO_SOURCE.search(fold_line(text[-40:]))
    if info is not None:  # "…融为一体。记者刘斌 摄 信息来源:彭雪琴 钟园", "… (记者史伟 摄 信息来源:通讯员王艺臻)"
        head = text[:max(0, len(text) - 40) + info.start()]
        m = re.search(r"(?<=[。！？!?\s])\s*[(\[]?[^。！？!?()\[\]]{2,30}摄$", fold_line(head[-40:]))
        if m is None:
            return None
        start = len(head) - len(head[-40:]) + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        return start if credit is not None and credit.photographers else None
    tail = text[-40:]
    f = fold_line(tail)
    base = len(text) - len(tail)
    m = _PICTURE_SOURCE.search(f)
    if m and (m.start() + base == 0 or re.search(r"[。！？!?」”)\]]$", f[:m.start()].rstrip() or "。")):
        # "…待救中。(圖/花蓮縣消防局提供)", "(圖/花蓮縣政府提供/中國時報X花蓮傳真)", "（圖：軍聞社提供）": who
        # gave the picture.
        return base + m.start()
    m = _PICTURE_GIVEN.search(f)
    if m and m.start() > 0:
        # "颱風楊柳逼近 陳文顧呼籲鄉親做好防颱/圖金湖鎮公所提供" (gokinmentour.com): who gave the picture, after a
        # slash closing the caption, no brackets
        return base + m.start()
    m = re.search(r"(?<=[。！？!?\s])\s*[(\[][^()\[\]。！？!?]{4,38}[)\]]$", f)
    if m and not re.search(r"(?:摄|摄影|图)[)\]]$", f):  # "… (文/见习记者陈俞 通讯员史雅琴 图/记者胡冬冬)"
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        return start if credit is not None and credit.photographers else None
    m = re.search(rf"(?<=[。！？!?\s])\s*{_SHOT_FOR.pattern}$", f)
    if m and parse_byline(text[base + m.start() + len(m.group()) - len(m.group().lstrip()):]) is not None:
        return base + m.start() + (len(m.group()) - len(m.group().lstrip()))  # "…帶走。 攝:陳焯煇/端傳媒"
    m = re.search(r"(?<=[。！？!?\s])\s*(?:摄影|摄|图片|图)\s*[/:]\s*[^。！？!?()\[\]/:]{2,30}$", f)
    if m:  # "…进行了深入采访。 摄影/内蒙古日报社融媒体记者 袁永红": the role first, then a slash (or a colon: "图为…
        # 座谈会现场 摄影:王茜", 中国西藏网)
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        if credit is not None and credit.photographers and not credit.reporters:
            return start
    m = re.search(rf"(?<=[。！？!?\s])\s*{_SHOT_SLASH_AGENCY.pattern}$", f)
    if m:  # "…为乘客核验车票。唐豆子摄/中新社"
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        return start if credit is not None and credit.photographers else None
    if not re.search(r"(?:摄|摄影|图)[)\]]?$", f):
        return None
    m = re.search(r"(?<=[。！？!?])/\s*(?=[^。！？!?()\[\]/]{2,30}(?:摄影|摄)$)", f)
    if m:  # "▲社區理事長陳秀鳳簡報,…方法。/記者 王昭聖 攝" (台灣生活新聞): a slash after the caption's stop, then
        # the credit
        credit = parse_byline(text[base + m.end():])
        if credit is not None and credit.photographers:
            return base + m.end()
    m = (re.search(r"(?<=[。！？!?\s])\s*[(\[]?[^。！？!?()\[\]]{2,30}(?:摄影|摄|图)[)\]]?$", f)
         or re.search(r"[(\[][^。！？!?()\[\]]{2,30}(?:摄影|摄|图)[)\]]$", f))
    if not m:
        return None
    start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
    credit = parse_byline(text[start:]) if start else None
    if credit is not None and credit.photographers:
        return start
    # "…工人正在进行底盘合装。视觉中国 资料图": a picture agency's file photo, no one named.
    return start if start and _AGENCY_PHOTO.fullmatch(fold_line(text[start:]).strip()) else None


# "(圖/民視新聞)", "（圖／公視）": a picture credited to the outlet (a station, paper, agency or site) itself
_OUTLET_PICTURE = re.compile(rf"[(\[]\s*图\s*[/:]\s*[{HAN}]{{1,6}}(?:新闻|电视台|报|社|网|视)\s*[)\]]")
_PICTURE_SOURCE = re.compile(r"[(\[]\s*图\s*[/:][^()\[\]/:]{2,20}(?:提供|翻摄|摄|传真)(?:/[^()\[\]]{2,24})?[)\]]$")
_PICTURE_GIVEN = re.compile(r"(?<=[^\s/])/\s*图\s*(?P<who>[^()\[\]/:。！？!?\s]{2,20}?)(?:提供|翻摄)$")
_AGENCY_PHOTO = re.compile(rf"[(\[]?[{HAN}]{{2,8}}\s*(?:资料图片|资料照片|资料图|供图)[)\]]?")


def _name_then_place(f: str) -> int:
    """Where the place starts in a name and a place run together ("郑纪威台北" → 3), or 0: a three-character
    name (a surname first) and a two-character place, or a name of two or three and a long place ("…吉隆坡")."""
    for long in LONG_PLACES:
        if f.endswith(long) and 2 <= len(f) - len(long) <= 3 and f[0] in SURNAMES:
            return len(f) - len(long)
    if len(f) == 5 and f[0] in SURNAMES and f[3:] not in GENERIC_PLACES:
        return 3
    return 0
